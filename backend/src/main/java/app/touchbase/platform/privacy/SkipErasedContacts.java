package app.touchbase.platform.privacy;

import app.touchbase.shared.api.ContactEvent;
import app.touchbase.shared.api.Erasure;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Read models never see what was erased, only the erasure itself: an erased contact's events, and everything a
 * deleted account recorded before it was deleted. A replay then rebuilds them as if the person (or the account) had
 * never been there, instead of folding events whose personal fields now read back empty.
 */
final class SkipErasedContacts implements MessageHandlerInterceptor<EventMessage<?>> {

    private final ErasedKeys erased;

    SkipErasedContacts(ErasedKeys erased) {
        this.erased = erased;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        Object payload = event.getPayload();
        if (!(payload instanceof Erasure) && (erasedContact(payload) || fromDeletedAccount(event, payload))) {
            return null;
        }
        return interceptorChain.proceed();
    }

    private boolean erasedContact(Object payload) {
        return payload instanceof ContactEvent event && erased.isErasedContact(event.contactId());
    }

    private boolean fromDeletedAccount(EventMessage<?> event, Object payload) {
        return EventOwners.of(payload).filter(owner -> erased.isFromDeletedAccount(owner, event.getTimestamp())).isPresent();
    }
}
