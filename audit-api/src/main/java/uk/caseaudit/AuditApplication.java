package uk.caseaudit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The case-audit service: REST API, event store and read models in one process. */
@SpringBootApplication
@EnableScheduling
public class AuditApplication {

    public static void main(String[] args) {
        // Axon's update checker reads only a system property or an environment variable.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(AuditApplication.class, args);
    }
}
