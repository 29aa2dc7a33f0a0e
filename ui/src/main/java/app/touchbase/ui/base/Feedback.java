package app.touchbase.ui.base;

import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.shared.api.TouchbaseException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;

/** Tells the person what happened, in words: never a stack trace. */
public final class Feedback {

    private static final Logger LOG = LoggerFactory.getLogger(Feedback.class);
    static final int UNDO_MILLIS = 10_000;
    static final String UNEXPECTED = "Something went wrong and nothing was saved. Please try again.";

    private Feedback() {
    }

    public static void saved(String message) {
        Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** "12 people added to Mentors — Undo": a few seconds to take a change back, and maybe a link to where it went. */
    public static void undoable(String message, Runnable undo, Runnable afterUndo, Component... more) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.setDuration(UNDO_MILLIS);
        notification.setPosition(Notification.Position.BOTTOM_START);
        Button undoButton = new Button("Undo", click -> {
            notification.close();
            if (accepted(undo, Map.of())) {
                saved("Undone");
                afterUndo.run();
            }
        });
        undoButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(new Span(message), undoButton);
        content.add(more);
        content.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        notification.add(content);
        notification.open();
    }

    /** Shows a refusal beside the field it concerns when the form has that field, otherwise as a notification. */
    public static void refused(RuntimeException failure, Map<String, ? extends HasValidation> fields) {
        if (failure instanceof InvalidInputException invalid && fields.containsKey(invalid.field())) {
            invalid(fields.get(invalid.field()), invalid.getMessage());
            return;
        }
        Notification notification = Notification.show(messageFor(failure), 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Marks a field as wrong with the sentence that says what to fix. */
    public static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** Takes the marks off a form's fields before it is checked again. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** Sends {@code command}; says {@code doneText} when it was taken, else why not. Answers whether it was taken. */
    public static boolean send(Backend backend, Object command, String doneText) {
        return send(backend, command, doneText, Map.of());
    }

    /** As {@link #send(Backend, Object, String)}, with a refusal about one of {@code fields} shown beside that field. */
    public static boolean send(Backend backend, Object command, String doneText, Map<String, ? extends HasValidation> fields) {
        try {
            backend.send(command);
        } catch (RuntimeException refused) {
            refused(refused, fields);
            return false;
        }
        if (doneText != null) {
            saved(doneText);
        }
        return true;
    }

    /** For a command that answers something (an id, who joined): its answer, or nothing when refused, after saying why. */
    public static <R> Optional<R> answer(Backend backend, Object command, Map<String, ? extends HasValidation> fields) {
        try {
            return Optional.of(backend.<R>send(command));
        } catch (RuntimeException refused) {
            refused(refused, fields);
            return Optional.empty();
        }
    }

    /** Runs {@code send}; answers false when the backend refused, after showing why (see {@link #refused}). */
    public static boolean accepted(Runnable send, Map<String, ? extends HasValidation> fields) {
        try {
            send.run();
            return true;
        } catch (RuntimeException refused) {
            refused(refused, fields);
            return false;
        }
    }

    public static String messageFor(RuntimeException failure) {
        if (failure instanceof TouchbaseException) {
            return failure.getMessage();
        }
        LOG.error("Unexpected failure shown to the user as a generic message", failure);
        return UNEXPECTED;
    }
}
