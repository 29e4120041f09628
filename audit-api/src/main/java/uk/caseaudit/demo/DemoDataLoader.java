package uk.caseaudit.demo;

import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.caseaudit.shared.Actor;

/**
 * On the embedded default, fills an empty database with the reference scenario (a council's
 * January–May 2018 audit programme), so a new user's first start shows a populated register,
 * tracker and trends. Switched off by {@code case-audit.demo-data=false}; never touches a database
 * that already holds events.
 */
@Component
@ConditionalOnProperty(name = "case-audit.demo-data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;

    DemoDataLoader(CommandGateway commands, JdbcTemplate jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        Long events = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        if (events != null && events > 0) {
            return;
        }
        List<ScenarioStep> steps = ReferenceScenario.steps();
        log.info("Empty database: loading the reference scenario ({} commands)", steps.size());
        for (ScenarioStep step : steps) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(step.command()).andMetaData(
                    Map.of(Actor.USER_KEY, step.actor().user(), Actor.ROLE_KEY, step.actor().role())));
        }
        log.info("Reference scenario loaded");
    }
}
