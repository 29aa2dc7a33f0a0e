package app.touchbase.platform.readmodel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Holds the read models' writes while a batch of events is handled and sends them once its last event is handled.
 * That is still inside the batch's work, before the processor stores the token saying the batch is done: a crash
 * in between replays the batch (the handlers are idempotent), it never skips writes. A batch that fails is rolled
 * back and its writes are dropped with it. The processor stores its token when the batch prepares its commit, before
 * any step registered later, so sending there is only the fallback for a last event that never reached this step.
 */
final class WritesSentPerBatch implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        BatchOfWrites batch = BatchOfWrites.startIn(unitOfWork);
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> events) || events.isFirstMessage()) {
            unitOfWork.onPrepareCommit(committing -> batch.send());
        }
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> events) || events.isLastMessage()) {
            batch.send();
        }
        return result;
    }
}
