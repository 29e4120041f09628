package uk.caseaudit.api.security;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;
import uk.caseaudit.shared.Actor;

/**
 * Puts the authenticated user and role on every command's metadata (never taken from the request
 * body; see {@link Callers}); Axon then copies them onto every event the command causes. A command given by the service
 * itself, with no one authenticated, keeps the actor it names (the demo data's people) or is the
 * SYSTEM's.
 */
@Component
class ActorMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        Actor authenticated = Callers.current().orElse(null);
        return (index, command) -> {
            if (authenticated == null && command.getMetaData().containsKey(Actor.USER_KEY)) {
                return command;
            }
            Actor actor = authenticated == null ? Actor.SYSTEM : authenticated;
            return command.andMetaData(Map.of(Actor.USER_KEY, actor.user(), Actor.ROLE_KEY, actor.role()));
        };
    }
}
