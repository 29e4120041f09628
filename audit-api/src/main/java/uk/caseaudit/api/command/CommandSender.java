package uk.caseaudit.api.command;

import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

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
        AppliedEvents applied = gateway.sendAndWait(withIdempotencyKey(command));
        DomainEventMessage<?> last = applied.last();
        Long position = jdbc.queryForObject("SELECT globalIndex FROM DomainEventEntry WHERE eventIdentifier = ?",
                Long.class, last.getIdentifier());
        return new CommandResult(last.getAggregateIdentifier(), last.getSequenceNumber(), position, null);
    }

    /** The command, carrying the Idempotency-Key of the HTTP request that sent it, if it had one. */
    private static Object withIdempotencyKey(Object command) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object idempotency = request == null ? null
                : request.getAttribute(Idempotency.REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (idempotency instanceof Idempotency key) {
            return GenericCommandMessage.asCommandMessage(command).andMetaData(
                    Map.of(Idempotency.KEY_METADATA, key.keyId(), Idempotency.HASH_METADATA, key.requestHash()));
        }
        return command;
    }
}
