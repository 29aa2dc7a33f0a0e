package app.touchbase.ui.mail;

import app.touchbase.reminder.api.FetchReminderPreferences;
import app.touchbase.reminder.api.ReminderPreferences;
import app.touchbase.ui.base.Backend;
import com.vaadin.flow.component.html.Paragraph;

/** Says plainly, where reminders matter, that they can't be mailed while no address is set. */
public final class ReminderAddressNotice extends Paragraph {

    static final String ID = "no-reminder-address";

    public ReminderAddressNotice() {
        super("Reminders can't be mailed yet: add your email address under Settings → Reminders. "
                + "Until then they wait on the Mail page, and once the address is set what is still due goes out in one mail.");
        setId(ID);
        getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
        setVisible(false);
    }

    public void showFor(Backend backend, String owner) {
        backend.find(new FetchReminderPreferences(owner), ReminderPreferences.class)
                .ifPresentOrElse(preferences -> showFor(preferences.remindersOn(), preferences.email()), () -> setVisible(true));
    }

    public void showFor(boolean remindersOn, String email) {
        setVisible(remindersOn && (email == null || email.isBlank()));
    }
}
