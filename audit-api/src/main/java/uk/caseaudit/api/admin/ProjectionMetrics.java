package uk.caseaudit.api.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;
import uk.caseaudit.api.admin.ProjectionAdmin.ProjectionStatus;
import uk.caseaudit.projection.readmodel.ReadModels;

/**
 * What to watch of each read model, as gauges tagged {@code projection}: {@code case_audit_projection_lag_events} (how
 * many events it is behind the head of the stream), {@code case_audit_projection_position},
 * {@code case_audit_projection_replaying} (1 while it is rebuilt) and {@code case_audit_projection_dead_letters}.
 * One scrape reads the statuses once: they are kept for a second.
 */
@Component
class ProjectionMetrics implements MeterBinder {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final ProjectionAdmin admin;
    private final Clock clock;
    private final ReadModels readModels;
    private volatile List<ProjectionStatus> statuses = List.of();
    private volatile Instant readAt = Instant.MIN;

    ProjectionMetrics(ProjectionAdmin admin, Clock clock, ReadModels readModels) {
        this.readModels = readModels;
        this.admin = admin;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String projection : readModels.names()) {
            gauge(registry, "case_audit.projection.lag", "events", "Events the read model is behind the head",
                    projection, ProjectionStatus::lag);
            gauge(registry, "case_audit.projection.position", null, "The last event position the read model processed",
                    projection, ProjectionStatus::position);
            gauge(registry, "case_audit.projection.replaying", null, "1 while the read model is being rebuilt",
                    projection, status -> status.state() == ProjectionAdmin.State.REPLAYING ? 1 : 0);
            gauge(registry, "case_audit.projection.dead.letters", null, "Events of the read model parked as dead letters",
                    projection, ProjectionStatus::deadLetters);
        }
    }

    private void gauge(MeterRegistry registry, String name, String unit, String description, String projection,
                       ToDoubleFunction<ProjectionStatus> value) {
        Gauge.builder(name, this, metrics -> metrics.status(projection).map(value::applyAsDouble).orElse(Double.NaN))
                .baseUnit(unit).description(description).tag("projection", projection).register(registry);
    }

    private Optional<ProjectionStatus> status(String projection) {
        Instant now = clock.instant();
        if (readAt.plus(FRESH).isBefore(now)) {
            statuses = admin.statuses();
            readAt = now;
        }
        return statuses.stream().filter(status -> status.name().equals(projection)).findFirst();
    }
}
