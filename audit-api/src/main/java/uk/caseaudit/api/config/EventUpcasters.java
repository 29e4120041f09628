package uk.caseaudit.api.config;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import uk.caseaudit.action.AuditActionAgreedUpcaster;

/**
 * The upcasters of events stored at an older revision. Axon's Spring Boot starter puts every {@link EventUpcaster}
 * bean into the upcaster chain of the event store, in {@link Order}; the aggregates, the read models, the histories
 * and the integrators' feed all read events through that chain, so they only ever see each type's newest revision.
 */
@Configuration(proxyBeanMethods = false)
class EventUpcasters {

    /** {@code AuditActionAgreed} 1 to 2: the cohort ({@code auditMonth}) is always there. */
    @Bean
    @Order(1)
    EventUpcaster auditActionAgreedToRevision2() {
        return new AuditActionAgreedUpcaster();
    }
}
