package uk.caseaudit.api.command;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The events one command applied, in order. Axon hands events to the event bus only when the
 * command's unit of work prepares to commit, so this is filled then and read after the commit.
 */
final class AppliedEvents {

    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    synchronized void add(DomainEventMessage<?> event) {
        events.add(event);
    }

    synchronized DomainEventMessage<?> last() {
        if (events.isEmpty()) {
            throw new IllegalStateException("The command applied no event");
        }
        return events.get(events.size() - 1);
    }
}
