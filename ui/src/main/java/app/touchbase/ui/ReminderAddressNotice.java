package app.touchbase.ui;

import app.touchbase.reminder.api.FetchReminderPreferences;
import app.touchbase.reminder.api.ReminderPreferences;
import com.vaadin.flow.component.html.Paragraph;

/** Says plainly, where reminders matter, that they can't be mailed while no address is set. */
final class ReminderAddressNotice extends Paragraph {

    static final String ID = "no-reminder-address";

    ReminderAddressNotice() {
        super("Reminders can't be mailed yet: add your email address under Settings → Reminders. "
                + "Until then they wait on the Mail page, and once the address is set what is still due goes out in one mail.");
        setId(ID);
        getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
        setVisible(false);
    }

    void showFor(Backend backend, String owner) {
        backend.find(new FetchReminderPreferences(owner), ReminderPreferences.class)
                .ifPresentOrElse(preferences -> showFor(preferences.remindersOn(), preferences.email()), () -> setVisible(true));
    }

    void showFor(boolean remindersOn, String email) {
        setVisible(remindersOn && (email == null || email.isBlank()));
    }
}
