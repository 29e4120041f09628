package uk.caseaudit.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads an {@link AuditActionAgreed} stored at revision 1 (stored with no revision, or "1") as revision 2. Revision 1
 * did not promise the action's cohort ({@code auditMonth}); where it is missing or null, it becomes the month of
 * {@code agreedOn}, the nearest fact the event itself holds (the audit's own month is in another stream). A revision 1
 * event that carries its cohort keeps it.
 */
public class AuditActionAgreedUpcaster extends SingleEventUpcaster {

    private static final String TYPE = AuditActionAgreed.class.getName();
    private static final SerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        SerializedType type = representation.getType();
        return TYPE.equals(type.getName()) && (type.getRevision() == null || "1".equals(type.getRevision()));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, AuditActionAgreedUpcaster::withAuditMonth);
    }

    private static JsonNode withAuditMonth(JsonNode payload) {
        JsonNode auditMonth = payload.get("auditMonth");
        if (auditMonth != null && !auditMonth.isNull()) {
            return payload;
        }
        JsonNode agreedOn = payload.get("agreedOn");
        if (agreedOn == null || !agreedOn.isTextual()) {
            throw new IllegalStateException("AuditActionAgreed of action " + payload.path("actionId").asText()
                    + " at revision 1 has neither auditMonth nor agreedOn: its cohort cannot be derived");
        }
        ObjectNode upcast = payload.deepCopy();
        upcast.put("auditMonth", YearMonth.from(LocalDate.parse(agreedOn.asText())).toString());
        return upcast;
    }
}
