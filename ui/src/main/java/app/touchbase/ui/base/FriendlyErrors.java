package app.touchbase.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Whatever fails while a view handles a click or a push, the person sees a plain sentence (a refusal's own message, or
 * "something went wrong, nothing was saved") and the details go to the log: never a stack trace on screen.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent service) {
        service.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(FriendlyErrors::show));
    }

    static void show(ErrorEvent error) {
        RuntimeException failure = error.getThrowable() instanceof RuntimeException runtime
                ? runtime : new IllegalStateException(error.getThrowable());
        if (UI.getCurrent() != null) {
            Feedback.refused(failure, java.util.Map.of());
        } else {
            Feedback.messageFor(failure);
        }
    }
}
