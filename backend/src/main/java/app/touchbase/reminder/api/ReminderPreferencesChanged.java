package app.touchbase.reminder.api;

import app.touchbase.shared.api.Personal;
import app.touchbase.shared.api.PersonalData;
import app.touchbase.shared.api.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;

@Revision("1")
public record ReminderPreferencesChanged(String accountId, @Personal String email, LocalTime sendAt, DayOfWeek digestDay,
                                         boolean remindersOn, Instant changedAt) implements PersonalData {

    @Override
    public PersonalDataKey personalDataKey() {
        return PersonalDataKey.account(accountId);
    }
}
