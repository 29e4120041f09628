package uk.caseaudit.api.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.caseaudit.api.problem.Conflict;
import uk.caseaudit.api.problem.NotFound;
import uk.caseaudit.projection.readmodel.ReadModels;
import uk.caseaudit.projection.readmodel.axon.ReadModelProcessors;
import uk.caseaudit.projection.readmodel.axon.ReadModelProcessors.HeldElsewhere;
import uk.caseaudit.projection.readmodel.axon.ReadModelProcessors.Progress;

/** The read models as operators see them: where each stands against the head of the event stream, and a rebuild. */
@Component
public class ProjectionAdmin {

    private final ReadModelProcessors processors;
    private final ReadModels readModels;
    private final JdbcTemplate jdbc;
    private final DeadLetterAdmin deadLetters;

    ProjectionAdmin(ReadModelProcessors processors, ReadModels readModels, JdbcTemplate jdbc,
                    DeadLetterAdmin deadLetters) {
        this.processors = processors;
        this.readModels = readModels;
        this.jdbc = jdbc;
        this.deadLetters = deadLetters;
    }

    /**
     * Whether a read model follows the stream live, or is being rebuilt (clients still read its previous state
     * until the rebuilt one has caught up).
     */
    public enum State { LIVE, REPLAYING }

    /**
     * One read model: the event position it has processed (the lowest over its segments), the head of
     * the stream, how far behind it is, its state, and how many of its events are parked as dead letters.
     */
    public record ProjectionStatus(
            @Schema(example = "register") String name,
            @Schema(example = "42") long position,
            @Schema(example = "42") long head,
            @Schema(example = "0") long lag,
            State state,
            @Schema(example = "2") int segments,
            long deadLetters) {
    }

    public List<ProjectionStatus> statuses() {
        long head = head();
        return readModels.names().stream()
                .flatMap(name -> processors.progress(name).map(progress -> status(name, progress, head)).stream())
                .toList();
    }

    /** Rebuilds a read model (see {@link ReadModelProcessors#rebuild}); 404 for an unknown one, 409 when held. */
    public ProjectionStatus replay(String name) {
        try {
            return processors.rebuild(name).map(progress -> status(name, progress, head()))
                    .orElseThrow(() -> new NotFound("read model"));
        } catch (HeldElsewhere held) {
            throw new Conflict("Read model held by other nodes", held.getMessage());
        }
    }

    /** The global position of the newest event; 0 for an empty store. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        return head == null ? 0 : head;
    }

    private ProjectionStatus status(String name, Progress progress, long head) {
        return new ProjectionStatus(name, progress.position(), head, Math.max(0, head - progress.position()),
                progress.rebuilding() ? State.REPLAYING : State.LIVE, progress.segments(), deadLetters.count(name));
    }
}
