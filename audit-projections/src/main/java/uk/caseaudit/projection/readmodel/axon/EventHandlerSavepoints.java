package uk.caseaudit.projection.readmodel.axon;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.caseaudit.projection.readmodel.BatchPolicy;

/**
 * Runs each event handler of the given processing groups in a savepoint of the transaction it is called in (a
 * processor's batch, or a dead-letter retry): a handler that fails is rolled back alone, so it leaves no half-written
 * rows and the transaction stays usable for the dead letter, the rest of the batch and the token. Without it a failed
 * statement would poison the whole batch on PostgreSQL, which refuses every later statement of a transaction in
 * which one failed (Axon issue 3289: the dead-letter queue alone does not survive database errors).
 *
 * <p>Not while a read model gathers its writes into a batch ({@link BatchPolicy}): its handlers then write nothing
 * themselves, so a savepoint would only cost two round trips per event. A batch whose writes fail rolls back whole and
 * is handled again one event at a time, each in its savepoint.
 */
final class EventHandlerSavepoints implements HandlerEnhancerDefinition {

    private static final TransactionDefinition SAVEPOINT =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);

    private final List<String> processingGroups;
    private final PlatformTransactionManager transactions;
    private final BatchPolicy writes;

    EventHandlerSavepoints(List<String> processingGroups, PlatformTransactionManager transactions,
                           BatchPolicy writes) {
        this.processingGroups = processingGroups;
        this.transactions = transactions;
        this.writes = writes;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(original.declaringClass(),
                ProcessingGroup.class);
        boolean ours = group != null && processingGroups.contains(group.value());
        return ours && original.canHandleMessageType(EventMessage.class)
                ? new InSavepoint<>(original, group.value()) : original;
    }

    private final class InSavepoint<T> extends WrappedMessageHandlingMember<T> {

        private final String readModel;

        InSavepoint(MessageHandlingMember<T> delegate, String readModel) {
            super(delegate);
            this.readModel = readModel;
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive() || writes.batched(readModel)) {
                return super.handle(message, target);
            }
            TransactionStatus savepoint = transactions.getTransaction(SAVEPOINT);
            Object result;
            try {
                result = super.handle(message, target);
            } catch (Exception | Error failure) {
                transactions.rollback(savepoint);
                throw failure;
            }
            transactions.commit(savepoint);
            return result;
        }
    }
}
