package uk.caseaudit.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.caseaudit.demo.DemoDataLoader.SCENARIO;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * The demo data the service loads, {@code demo/reference-scenario.jsonl}, is exactly what {@link ReferenceScenario}
 * generates, line by line, and reads back as the same steps. Run with {@code -Dreference-scenario.write=true}, it first
 * writes the generator's lines to the file in audit-api's sources (the whole command is in {@link ReferenceScenario}).
 */
class ReferenceScenarioFileTest {

    private static final boolean WRITE = Boolean.getBoolean("reference-scenario.write");
    /** audit-api's resources, from audit-api's folder (Surefire's working directory). */
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCE = RESOURCES.resolve(SCENARIO);
    private static final String REGENERATE = "if the change to ReferenceScenario is meant, regenerate the file: "
            + "./mvnw -B -o -pl audit-api -am test -Dtest=ReferenceScenarioFileTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dreference-scenario.write=true";

    private static List<ScenarioStep> generated;

    @BeforeAll
    static void generate() throws IOException {
        generated = ReferenceScenario.steps();
        if (WRITE) {
            assertThat(RESOURCES).as("the resource folder, from audit-api's folder").isDirectory();
            Files.createDirectories(SOURCE.getParent());
            List<String> lines = generated.stream().map(ScenarioFile::line).toList();
            Files.writeString(SOURCE, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_file_holds_the_generated_steps_line_by_line() throws IOException {
        List<String> expected = generated.stream().map(ScenarioFile::line).toList();
        List<String> lines = file().getContentAsString(StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.min(lines.size(), expected.size()); i++) {
            assertThat(lines.get(i)).as("line %d of %s; %s", i + 1, SCENARIO, REGENERATE).isEqualTo(expected.get(i));
        }
        assertThat(lines.size()).as("lines of %s; %s", SCENARIO, REGENERATE).isEqualTo(expected.size());
    }

    @Test
    void the_file_reads_back_as_the_generated_commands_with_their_actors() {
        List<ScenarioStep> read = ScenarioFile.read(file());
        for (int i = 0; i < Math.min(read.size(), generated.size()); i++) {
            assertThat(read.get(i)).as("step of line %d", i + 1).isEqualTo(generated.get(i));
        }
        assertThat(read.size()).as("steps read").isEqualTo(generated.size());
    }

    private static Resource file() {
        return WRITE ? new FileSystemResource(SOURCE) : new ClassPathResource(SCENARIO);
    }
}
