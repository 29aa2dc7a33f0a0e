package app.touchbase.mail.automation;

import app.touchbase.account.api.AccountSettingsChanged;
import app.touchbase.contact.TouchesSoFar;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactErased;
import app.touchbase.reminder.api.QueueReminder;
import app.touchbase.reminder.api.ReminderOccasion;
import app.touchbase.reminder.api.ReminderPreferences;
import app.touchbase.reminder.api.ReminderPreferencesChanged;
import app.touchbase.shared.api.ContactEvent;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One per contact. Keeps a durable deadline at the next moment a reminder is due (a touch, an important date, a
 * follow-up) and moves it whenever something changes. When it fires, it asks the contact to queue a reminder;
 * the contact drops occasions it was already reminded about or that are no longer current, so a deadline that fires
 * twice, late or on stale knowledge never mails twice. The saga processor is never reset, so a rebuild of the read
 * models sends nothing.
 */
@Saga
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class WhenTouchFallsDueThenRemind {

    static final String DEADLINE = "contact-reminder-due";
    static final String OWNER = "owner";

    private UUID contactId;
    private String owner;
    /** Null in a saga stored before the agenda took its current shape: it is folded again from the contact's history. */
    private ContactAgenda plan;
    private ReminderPreferences preferences;
    private final OneDeadline deadline = new OneDeadline(DEADLINE);

    @StartSaga
    @SagaEventHandler(associationProperty = "contactId")
    void on(ContactAdded event, ReminderPreferencesLookup lookup) {
        contactId = event.contactId();
        owner = event.owner();
        plan = ContactAgenda.NONE.after(event);
        preferences = lookup.of(owner);
        SagaLifecycle.associateWith(OWNER, owner);
    }

    /** Every contact event, by the contact's own fold; also learns of reminders queued by an earlier life of this saga. */
    @SagaEventHandler(associationProperty = "contactId")
    void on(ContactEvent event, EventMessage<?> message, TouchesSoFar touchesSoFar, DeadlineManager deadlines, Clock clock,
            EventStore events) {
        plan = plan(events).after(event, touchesSoFar.upTo(contactId, message));
        replan(deadlines, clock, events);
    }

    @SagaEventHandler(associationProperty = "accountId", keyName = OWNER)
    void on(ReminderPreferencesChanged event, DeadlineManager deadlines, Clock clock, EventStore events) {
        preferences = preferences.changedBy(event);
        replan(deadlines, clock, events);
    }

    @SagaEventHandler(associationProperty = "accountId", keyName = OWNER)
    void on(AccountSettingsChanged event, DeadlineManager deadlines, Clock clock, EventStore events) {
        preferences = preferences.inZone(event.zone());
        replan(deadlines, clock, events);
    }

    /** An erased contact is reminded of nothing, and the saga, which knew its dates and promises, is deleted. */
    @EndSaga
    @SagaEventHandler(associationProperty = "contactId")
    void on(ContactErased event, DeadlineManager deadlines, Clock clock) {
        deadline.moveTo(null, new ContactReminderDue(contactId), deadlines, clock.instant());
    }

    @DeadlineHandler(deadlineName = DEADLINE)
    void remind(ContactReminderDue due, CommandGateway commands, DeadlineManager deadlines, Clock clock, EventStore events) {
        deadline.fired(clock.instant());
        List<ReminderOccasion> occasions = preferences.remindersOn() ? plan(events).dueNow(preferences, clock.instant()) : List.of();
        if (!occasions.isEmpty()) {
            commands.sendAndWait(new QueueReminder(contactId, owner, occasions));
            plan = plan.remindedOf(occasions);
        }
        replan(deadlines, clock, events);
    }

    private ContactAgenda plan(EventStore events) {
        if (plan == null) {
            plan = events.readEvents(contactId.toString()).asStream()
                    .map(Message::getPayload)
                    .filter(ContactEvent.class::isInstance)
                    .map(ContactEvent.class::cast)
                    .reduce(ContactAgenda.NONE, ContactAgenda::after, (first, second) -> second)
                    .keepingLatestTouchOfEachKind();
        }
        return plan;
    }

    /** One deadline at a time, at the earliest reminder still to send; moved only when that moment changes. */
    private void replan(DeadlineManager deadlines, Clock clock, EventStore events) {
        Instant now = clock.instant();
        Instant next = preferences.remindersOn() ? plan(events).nextReminderAt(preferences, now).orElse(null) : null;
        deadline.moveTo(next, new ContactReminderDue(contactId), deadlines, now);
    }
}
