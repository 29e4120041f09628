package uk.caseaudit.projection.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.caseaudit.action.AuditActionAgreed;
import uk.caseaudit.action.AuditActionCancelled;
import uk.caseaudit.action.AuditActionCompleted;
import uk.caseaudit.action.AuditActionDueDateRevised;
import uk.caseaudit.action.AuditActionEscalated;
import uk.caseaudit.audit.AuditDeclaredInadmissible;
import uk.caseaudit.audit.AuditScheduled;
import uk.caseaudit.audit.JudgementModerated;
import uk.caseaudit.audit.JudgementsSubmitted;
import uk.caseaudit.concern.CaseOfConcernClosed;
import uk.caseaudit.concern.CaseOfConcernClosureRefused;
import uk.caseaudit.concern.CaseOfConcernRaised;
import uk.caseaudit.concern.CaseOfConcernRecategorised;
import uk.caseaudit.concern.CaseOfConcernReopened;
import uk.caseaudit.concern.CaseReviewRecorded;
import uk.caseaudit.projection.history.HistoryQueries.FindHistory;
import uk.caseaudit.projection.history.HistoryQueries.HistoryEntry;
import uk.caseaudit.projection.history.HistoryQueries.HistoryView;
import uk.caseaudit.shared.Actor;

/**
 * A record's history is its own event stream, read from the event store by aggregate id (an indexed
 * read of one stream, upcasters applied), so it can never disagree with what was stored.
 */
@Component
class HistoryQueryHandler {

    private final EventStore events;

    HistoryQueryHandler(EventStore events) {
        this.events = events;
    }

    @QueryHandler
    Optional<HistoryView> handle(FindHistory query) {
        List<? extends DomainEventMessage<?>> stream = events.readEvents(query.id()).asStream().toList();
        if (stream.isEmpty() || !query.kind().aggregateType().equals(stream.get(0).getType())) {
            return Optional.empty();
        }
        return Optional.of(new HistoryView(query.id(), query.kind(), stream.stream().map(HistoryQueryHandler::entry).toList()));
    }

    private static HistoryEntry entry(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        Step step = step(payload);
        return new HistoryEntry(event.getSequenceNumber(), event.getIdentifier(), event.getPayloadType().getSimpleName(),
                step.effectiveOn(), event.getTimestamp(), text(event, Actor.USER_KEY), text(event, Actor.ROLE_KEY),
                text(event, Actor.CORRELATION_KEY), text(event, Actor.CAUSATION_KEY), step.why(), payload);
    }

    private static String text(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    /** The effective day of an event and the reason given with it. */
    private record Step(LocalDate effectiveOn, String why) {
    }

    private static Step step(Object event) {
        if (event instanceof AuditScheduled e) {
            return new Step(e.scheduledOn(), null);
        } else if (event instanceof JudgementsSubmitted e) {
            return new Step(e.submittedOn(), e.summary());
        } else if (event instanceof JudgementModerated e) {
            return new Step(e.moderatedOn(), e.rationale());
        } else if (event instanceof AuditDeclaredInadmissible e) {
            return new Step(e.declaredOn(), e.reason());
        } else if (event instanceof CaseOfConcernRaised e) {
            return new Step(e.raisedOn(), e.concerns());
        } else if (event instanceof CaseReviewRecorded e) {
            return new Step(e.reviewedOn(), e.assurance());
        } else if (event instanceof CaseOfConcernRecategorised e) {
            return new Step(e.recategorisedOn(), e.reason());
        } else if (event instanceof CaseOfConcernClosed e) {
            return new Step(e.closedOn(), e.rationale());
        } else if (event instanceof CaseOfConcernClosureRefused e) {
            return new Step(e.refusedOn(), e.reason());
        } else if (event instanceof CaseOfConcernReopened e) {
            return new Step(e.reopenedOn(), e.reason());
        } else if (event instanceof AuditActionAgreed e) {
            return new Step(e.agreedOn(), e.description());
        } else if (event instanceof AuditActionDueDateRevised e) {
            return new Step(e.revisedOn(), e.reason());
        } else if (event instanceof AuditActionCompleted e) {
            return new Step(e.completedOn(), e.note());
        } else if (event instanceof AuditActionEscalated e) {
            return new Step(e.escalatedOn(), e.reason());
        } else if (event instanceof AuditActionCancelled e) {
            return new Step(e.cancelledOn(), e.reason());
        }
        throw new IllegalStateException("No history step for " + event.getClass().getSimpleName());
    }
}
