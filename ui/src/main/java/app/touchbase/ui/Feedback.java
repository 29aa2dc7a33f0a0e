package app.touchbase.ui;

import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.shared.api.TouchbaseException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/** Tells the person what happened, in words: never a stack trace. */
public final class Feedback {

    private static final Logger LOG = LoggerFactory.getLogger(Feedback.class);
    static final String UNEXPECTED = "Something went wrong and nothing was saved. Please try again.";

    private Feedback() {
    }

    public static void saved(String message) {
        Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Shows a refusal beside the field it concerns when the form has that field, otherwise as a notification. */
    public static void refused(RuntimeException failure, Map<String, ? extends HasValidation> fields) {
        if (failure instanceof InvalidInputException invalid && fields.containsKey(invalid.field())) {
            HasValidation field = fields.get(invalid.field());
            field.setErrorMessage(invalid.getMessage());
            field.setInvalid(true);
            return;
        }
        Notification notification = Notification.show(messageFor(failure), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static String messageFor(RuntimeException failure) {
        if (failure instanceof TouchbaseException) {
            return failure.getMessage();
        }
        LOG.error("Unexpected failure shown to the user as a generic message", failure);
        return UNEXPECTED;
    }
}
