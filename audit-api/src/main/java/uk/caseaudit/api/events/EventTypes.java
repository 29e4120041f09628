package uk.caseaudit.api.events;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.axonframework.serialization.Revision;
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

/**
 * The published names of the event types: stable (never the Java class name, which may move) and
 * versioned by the class's Axon {@link Revision} (1 when it has none; versions are numbered 1, 2, …,
 * and an upcaster reads each older one as the next). Integrators see these names in the feed's
 * {@code type} and in {@code GET /api/event-types}.
 */
@Component
public class EventTypes {

    private static final String PREFIX = "uk.caseaudit.";

    /** One published event type; {@code version} is its newest (current) version. */
    public record EventType(String name, int version, Class<?> payloadClass, String aggregate) {

        /** Every version the type has had, oldest first: 1 to the current one. */
        public List<Integer> versions() {
            return IntStream.rangeClosed(1, version).boxed().toList();
        }
    }

    private static final List<EventType> ALL = List.of(
            type("AuditScheduled", AuditScheduled.class, "Audit"),
            type("JudgementsSubmitted", JudgementsSubmitted.class, "Audit"),
            type("JudgementModerated", JudgementModerated.class, "Audit"),
            type("AuditDeclaredInadmissible", AuditDeclaredInadmissible.class, "Audit"),
            type("CaseOfConcernRaised", CaseOfConcernRaised.class, "CaseOfConcern"),
            type("CaseReviewRecorded", CaseReviewRecorded.class, "CaseOfConcern"),
            type("CaseOfConcernRecategorised", CaseOfConcernRecategorised.class, "CaseOfConcern"),
            type("CaseOfConcernClosed", CaseOfConcernClosed.class, "CaseOfConcern"),
            type("CaseOfConcernClosureRefused", CaseOfConcernClosureRefused.class, "CaseOfConcern"),
            type("CaseOfConcernReopened", CaseOfConcernReopened.class, "CaseOfConcern"),
            type("AuditActionAgreed", AuditActionAgreed.class, "AuditAction"),
            type("AuditActionDueDateRevised", AuditActionDueDateRevised.class, "AuditAction"),
            type("AuditActionCompleted", AuditActionCompleted.class, "AuditAction"),
            type("AuditActionEscalated", AuditActionEscalated.class, "AuditAction"),
            type("AuditActionCancelled", AuditActionCancelled.class, "AuditAction"));

    private static final Map<String, EventType> BY_CLASS_NAME =
            ALL.stream().collect(Collectors.toMap(type -> type.payloadClass().getName(), Function.identity()));
    private static final Map<String, EventType> BY_NAME =
            ALL.stream().collect(Collectors.toMap(EventType::name, Function.identity()));

    private static EventType type(String name, Class<?> payloadClass, String aggregate) {
        Revision revision = payloadClass.getAnnotation(Revision.class);
        return new EventType(PREFIX + name, revision == null ? 1 : Integer.parseInt(revision.value()), payloadClass,
                aggregate);
    }

    /** Every published type, by name. */
    public List<EventType> all() {
        return ALL.stream().sorted(Comparator.comparing(EventType::name)).toList();
    }

    /** The published type of a stored payload type (the Java class name Axon stores). */
    public Optional<EventType> ofPayloadType(String payloadType) {
        return Optional.ofNullable(BY_CLASS_NAME.get(payloadType));
    }

    /** The published type of a name, e.g. {@code uk.caseaudit.AuditScheduled}. */
    public Optional<EventType> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
