package app.touchbase.mail.automation;

import app.touchbase.reminder.api.ReminderPreferences;

/** The owner's reminder preferences as they stand now. */
public interface ReminderPreferencesLookup {

    ReminderPreferences of(String accountId);
}
