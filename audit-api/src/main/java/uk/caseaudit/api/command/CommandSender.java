package uk.caseaudit.api.command;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Sends a command, waits for it to be stored, and answers with its {@link CommandResult}. */
@Component
public class CommandSender {

    private final CommandGateway gateway;
    private final JdbcTemplate jdbc;

    CommandSender(CommandGateway gateway, JdbcTemplate jdbc) {
        this.gateway = gateway;
        this.jdbc = jdbc;
    }

    /** Sends the command; a refusal comes back as the domain's own exception, nothing stored. */
    public CommandResult send(Object command) {
        AppliedEvents applied = gateway.sendAndWait(command);
        DomainEventMessage<?> last = applied.last();
        Long position = jdbc.queryForObject("SELECT globalIndex FROM DomainEventEntry WHERE eventIdentifier = ?",
                Long.class, last.getIdentifier());
        return new CommandResult(last.getAggregateIdentifier(), last.getSequenceNumber(), position, null);
    }
}
