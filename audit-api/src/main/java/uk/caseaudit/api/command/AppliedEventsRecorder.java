package uk.caseaudit.api.command;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Makes every command answer with its {@link AppliedEvents}, so the API can tell the caller the
 * aggregate's new version and the event-stream position of the command's last event.
 */
@Component
class AppliedEventsRecorder implements InitializingBean {

    private static final String APPLIED_EVENTS = AppliedEventsRecorder.class.getName() + ".events";

    private final CommandBus commandBus;
    private final EventBus eventBus;

    AppliedEventsRecorder(CommandBus commandBus, EventBus eventBus) {
        this.commandBus = commandBus;
        this.eventBus = eventBus;
    }

    @Override
    public void afterPropertiesSet() {
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            AppliedEvents applied = new AppliedEvents();
            unitOfWork.root().resources().put(APPLIED_EVENTS, applied);
            chain.proceed();
            return applied;
        });
        eventBus.registerDispatchInterceptor(messages -> {
            CurrentUnitOfWork.ifStarted(unitOfWork -> {
                AppliedEvents applied = unitOfWork.root().getResource(APPLIED_EVENTS);
                if (applied != null) {
                    messages.stream()
                            .filter(DomainEventMessage.class::isInstance)
                            .forEach(message -> applied.add((DomainEventMessage<?>) message));
                }
            });
            return (index, message) -> message;
        });
    }
}
