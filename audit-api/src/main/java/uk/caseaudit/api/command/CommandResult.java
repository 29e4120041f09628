package uk.caseaudit.api.command;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * The answer to every command: the id of the thing it acted on (also under its own name, e.g.
 * {@code auditId}), the aggregate's new version (send it back in {@code If-Match}) and the global
 * event-stream position of the command's last event (send it in {@code minPosition} to read your write).
 */
@Schema(example = "{\"id\":\"6f1c2b1e-3f5a-4c1b-9a51-2f3c1d0e9b7a\",\"auditId\":\"6f1c2b1e-3f5a-4c1b-9a51-2f3c1d0e9b7a\","
        + "\"version\":0,\"position\":42}")
public record CommandResult(String id, long version, Long position, @JsonIgnore String idName) {

    @JsonAnyGetter
    Map<String, Object> namedId() {
        return idName == null ? Map.of() : Map.of(idName, id);
    }

    /** The same result with the id also given under {@code name}. */
    public CommandResult named(String name) {
        return new CommandResult(id, version, position, name);
    }
}
