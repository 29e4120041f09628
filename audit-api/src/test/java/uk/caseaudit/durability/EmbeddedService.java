package uk.caseaudit.durability;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.caseaudit.AuditApplication;
import uk.caseaudit.projection.audits.AuditView;
import uk.caseaudit.projection.audits.FindAudit;
import uk.caseaudit.support.TestDatabase;

/** The service in this JVM on a test database, started and stopped by a test (a restart is a second start). */
final class EmbeddedService {

    private EmbeddedService() {
    }

    /** Starts the service on {@code database} (a {@link TestDatabase} URL), on a free port, without demo data. */
    static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(AuditApplication.class).run(
                "--server.port=0",
                "--case-audit.demo-data=false",
                "--case-audit.demo-password-cost=4",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestDatabase.user(),
                "--spring.datasource.password=");
    }

    /** The audit as the audits read model has it now, or null. */
    static AuditView findAudit(ConfigurableApplicationContext service, String auditId) {
        return service.getBean(QueryGateway.class)
                .query(new FindAudit(auditId), ResponseTypes.optionalInstanceOf(AuditView.class))
                .join().orElse(null);
    }
}
