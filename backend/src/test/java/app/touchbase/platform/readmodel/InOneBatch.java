package app.touchbase.platform.readmodel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Events handled as the read-model processor handles a batch: its own step (storing the token) first, then the handlers. */
public final class InOneBatch {

    private InOneBatch() {
    }

    public static ResultMessage<?> handle(MessageHandler<EventMessage<?>> handler, Object... payloads) {
        return handle(handler, unitOfWork -> {
        }, payloads);
    }

    public static ResultMessage<?> handle(MessageHandler<EventMessage<?>> handler, Consumer<UnitOfWork<EventMessage<?>>> storeToken,
                                          Object... payloads) {
        List<EventMessage<?>> events = Arrays.stream(payloads).<EventMessage<?>>map(GenericEventMessage::asEventMessage).toList();
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        WritesSentPerBatch writesSentPerBatch = new WritesSentPerBatch();
        return batch.executeWithResult(() -> {
            if (batch.isFirstMessage()) {
                batch.onPrepareCommit(storeToken);
            }
            return new DefaultInterceptorChain<>(batch, List.of(writesSentPerBatch), handler).proceed();
        });
    }
}
