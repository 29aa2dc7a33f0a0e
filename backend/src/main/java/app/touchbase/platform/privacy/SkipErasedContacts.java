package app.touchbase.platform.privacy;

import app.touchbase.shared.api.ContactEvent;
import app.touchbase.shared.api.Erasure;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Read models never see an erased contact's events, only the erasure itself: a replay rebuilds them as if the
 * person had never been added, instead of folding events whose personal fields now read back empty.
 */
final class SkipErasedContacts implements MessageHandlerInterceptor<EventMessage<?>> {

    private final ErasedKeys erased;

    SkipErasedContacts(ErasedKeys erased) {
        this.erased = erased;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        Object payload = unitOfWork.getMessage().getPayload();
        if (payload instanceof ContactEvent event && !(payload instanceof Erasure) && erased.isErasedContact(event.contactId())) {
            return null;
        }
        return interceptorChain.proceed();
    }
}
