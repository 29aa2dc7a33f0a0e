package app.touchbase.mail.automation;

import app.touchbase.account.api.AccountRegistered;
import app.touchbase.account.api.AccountSettingsChanged;
import app.touchbase.reminder.api.ReminderPreferences;
import app.touchbase.reminder.api.ReminderPreferencesChanged;
import app.touchbase.shared.api.AccountDeleted;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.stream.Stream;

/**
 * Folds an account's reminder preferences from its own events, not from a read model: a reminder saga that starts
 * while the read models are still catching up (after a restore, or a busy start) then knows at once whether the
 * owner wants reminders at all.
 */
@Component
class StoredReminderPreferences implements ReminderPreferencesLookup {

    private final EventStore events;

    StoredReminderPreferences(EventStore events) {
        this.events = events;
    }

    @Override
    public ReminderPreferences of(String accountId) {
        ReminderPreferences preferences = ReminderPreferences.defaults(accountId, ZoneOffset.UTC);
        try (Stream<? extends DomainEventMessage<?>> stored = events.readEvents(accountId).asStream()) {
            for (Object payload : stored.map(Message::getPayload).toList()) {
                if (payload instanceof AccountRegistered registered) {
                    preferences = ReminderPreferences.defaults(accountId, registered.zone());
                } else if (payload instanceof AccountSettingsChanged changed) {
                    preferences = preferences.inZone(changed.zone());
                } else if (payload instanceof ReminderPreferencesChanged changed) {
                    preferences = preferences.changedBy(changed);
                } else if (payload instanceof AccountDeleted) {
                    preferences = ReminderPreferences.defaults(accountId, ZoneOffset.UTC);
                }
            }
        }
        return preferences;
    }
}
