package uk.caseaudit.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.springframework.core.io.Resource;
import uk.caseaudit.shared.Actor;

/**
 * A scenario as data: one JSON object a line, the steps in the order they are given, each with the acting user and
 * role, the command's class and the command's fields:
 * <pre>
 * {"user":"qa-lead","role":"QA_LEAD","command":"uk.caseaudit.audit.ScheduleAudit","fields":{"auditId":...}}
 * </pre>
 * Dates are written yyyy-MM-dd, months yyyy-MM, enums by name, map entries in key order; a field left out is null,
 * a field the command does not have is refused. Only commands of the domain module may be named: records of a
 * {@code uk.caseaudit} package with a target aggregate identifier.
 */
final class ScenarioFile {

    private static final String DOMAIN_PACKAGE = "uk.caseaudit.";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ScenarioFile() {
    }

    /** The steps of a scenario file, in order. */
    static List<ScenarioStep> read(Resource file) {
        String source = file.getDescription();
        List<ScenarioStep> steps = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                try {
                    steps.add(step(line));
                } catch (JsonProcessingException e) {
                    throw refused(source, number, e.getOriginalMessage(), e);
                } catch (IllegalArgumentException e) {
                    throw refused(source, number, e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + source, e);
        }
        return steps;
    }

    /** The line of a scenario file that gives {@code step}. */
    static String line(ScenarioStep step) {
        Line line = new Line(step.actor().user(), step.actor().role(), step.command().getClass().getName(),
                JSON.valueToTree(step.command()));
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + step.command(), e);
        }
    }

    private static ScenarioStep step(String text) throws JsonProcessingException {
        Line line = JSON.readValue(text, Line.class);
        if (line.user() == null || line.role() == null || line.command() == null || line.fields() == null
                || !line.fields().isObject()) {
            throw new IllegalArgumentException("a step needs a user, a role, a command and an object of its fields");
        }
        Object command = JSON.treeToValue(line.fields(), commandType(line.command()));
        return new ScenarioStep(new Actor(line.user(), line.role()), command);
    }

    /** The class named, if it is a command of the domain module; it is not initialised before it is checked. */
    private static Class<?> commandType(String name) {
        if (!name.startsWith(DOMAIN_PACKAGE)) {
            throw notACommand(name);
        }
        Class<?> type;
        try {
            type = Class.forName(name, false, ScenarioFile.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no command " + name + " in the domain module");
        }
        boolean command = type.isRecord() && Arrays.stream(type.getDeclaredFields())
                .anyMatch(field -> field.isAnnotationPresent(TargetAggregateIdentifier.class));
        if (!command) {
            throw notACommand(name);
        }
        return type;
    }

    private static IllegalArgumentException refused(String source, int line, String why, Exception cause) {
        return new IllegalArgumentException(source + ", line " + line + ": " + why, cause);
    }

    private static IllegalArgumentException notACommand(String name) {
        return new IllegalArgumentException(name + " is not a command of the domain module (a record of a "
                + DOMAIN_PACKAGE + "* package with a target aggregate identifier); only those may be given");
    }

    private record Line(String user, String role, String command, JsonNode fields) {
    }
}
