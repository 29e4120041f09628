package uk.caseaudit.api.command;

import java.net.URI;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Sends a command, waits for it to be stored, and answers with its {@link CommandResult}. The command's
 * transaction takes in the reading of its position (and, with an Idempotency-Key, the keeping of its answer:
 * see {@link IdempotencyFilter}), so a command is stored only with everything its answer needs: none is stored
 * yet left unanswered by a failure after its commit.
 */
@Component
public class CommandSender {

    private final CommandGateway gateway;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    CommandSender(CommandGateway gateway, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.gateway = gateway;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Sends the command; a refusal comes back as the domain's own exception, nothing stored. */
    public CommandResult send(Object command) {
        return transaction.execute(status -> {
            AppliedEvents applied = gateway.sendAndWait(withIdempotencyKey(command));
            DomainEventMessage<?> last = applied.last();
            Long position = jdbc.queryForObject("SELECT globalIndex FROM DomainEventEntry WHERE eventIdentifier = ?",
                    Long.class, last.getIdentifier());
            return new CommandResult(last.getAggregateIdentifier(), last.getSequenceNumber(), position, null);
        });
    }

    /** Sends the command: 200 OK with its result, the id also under {@code idName}, and the new version as ETag. */
    public ResponseEntity<CommandResult> ok(Object command, String idName) {
        return answer(ResponseEntity.ok(), send(command), idName);
    }

    /** Sends a command that makes a new record: 201 Created at {@code location}, otherwise as {@link #ok}. */
    public ResponseEntity<CommandResult> created(Object command, String location, String idName) {
        return answer(ResponseEntity.created(URI.create(location)), send(command), idName);
    }

    private static ResponseEntity<CommandResult> answer(ResponseEntity.BodyBuilder status, CommandResult result,
                                                        String idName) {
        return status.eTag(Long.toString(result.version())).body(result.named(idName));
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
