package uk.caseaudit.api.command;

import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores a command's Idempotency-Key in the command's own transaction: if the command is refused
 * or fails, the key goes with it; if another request with the key got there first, this command is
 * refused ({@link IdempotencyKeyInProgress}) and nothing of it is stored.
 */
@Component
class IdempotencyRecorder implements InitializingBean {

    private final CommandBus commandBus;
    private final JdbcTemplate jdbc;

    IdempotencyRecorder(CommandBus commandBus, JdbcTemplate jdbc) {
        this.commandBus = commandBus;
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            Object keyId = unitOfWork.getMessage().getMetaData().get(Idempotency.KEY_METADATA);
            if (keyId != null) {
                try {
                    jdbc.update("INSERT INTO idempotency_key (key_id, request_hash, created_at) VALUES (?, ?, ?)",
                            keyId, unitOfWork.getMessage().getMetaData().get(Idempotency.HASH_METADATA),
                            Instant.now().atOffset(ZoneOffset.UTC));
                } catch (DuplicateKeyException repeated) {
                    throw new IdempotencyKeyInProgress();
                }
            }
            return chain.proceed();
        });
    }
}
