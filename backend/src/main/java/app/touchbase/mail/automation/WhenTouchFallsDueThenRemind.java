package app.touchbase.mail.automation;

import app.touchbase.account.api.AccountSettingsChanged;
import app.touchbase.cadence.NextTouchState;
import app.touchbase.cadence.api.CadenceCleared;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.TouchSnoozed;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpCompleted;
import app.touchbase.importantdate.api.ImportantDateAdded;
import app.touchbase.importantdate.api.ImportantDateRemoved;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.reminder.api.QueueReminder;
import app.touchbase.reminder.api.ReminderOccasion;
import app.touchbase.reminder.api.ReminderPreferences;
import app.touchbase.reminder.api.ReminderPreferencesChanged;
import app.touchbase.reminder.api.ReminderQueued;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * One per contact. Keeps a durable deadline at the next moment a reminder is due (a touch, an important date, a
 * follow-up) and moves it whenever something changes. When it fires, it asks the contact to queue a reminder;
 * the contact drops occasions it was already reminded about or that are no longer current, so a deadline that fires
 * twice, late or on stale knowledge never mails twice. The saga processor is never reset, so a rebuild of the read
 * models sends nothing.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class WhenTouchFallsDueThenRemind {

    static final String DEADLINE = "contact-reminder-due";
    static final String OWNER = "owner";

    private UUID contactId;
    private String owner;
    private ContactAgenda agenda;
    private ReminderPreferences preferences;
    private final OneDeadline deadline = new OneDeadline(DEADLINE);

    @StartSaga
    @SagaEventHandler(associationProperty = "contactId")
    void on(ContactAdded event, ReminderPreferencesLookup lookup) {
        contactId = event.contactId();
        owner = event.owner();
        agenda = ContactAgenda.of(NextTouchState.added(contactId.toString(), owner, event.details().name()));
        preferences = lookup.of(owner);
        SagaLifecycle.associateWith(OWNER, owner);
    }

    @SagaEventHandler(associationProperty = "contactId")
    void on(InteractionLogged event, DeadlineManager deadlines, Clock clock) {
        changeTouch(touch -> touch.withInteraction(event.interactionId().toString(), event.occurredAt()), deadlines, clock);
    }

    @SagaEventHandler(associationProperty = "contactId")
    void on(InteractionCorrected event, DeadlineManager deadlines, Clock clock) {
        changeTouch(touch -> touch.withInteraction(event.interactionId().toString(), event.occurredAt()), deadlines, clock);
    }

    @SagaEventHandler(associationProperty = "contactId")
    void on(InteractionRemoved event, DeadlineManager deadlines, Clock clock) {
        changeTouch(touch -> touch.withoutInteraction(event.interactionId().toString()), deadlines, clock);
    }

    @SagaEventHandler(associationProperty = "contactId")
    void on(CadenceSet event, DeadlineManager deadlines, Clock clock) {
        changeTouch(touch -> touch.withCadence(event.every(), event.setAt()), deadlines, clock);
    }

    @SagaEventHandler(associationProperty = "contactId")
    void on(CadenceCleared event, DeadlineManager deadlines, Clock clock) {
        changeTouch(NextTouchState::withoutCadence, deadlines, clock);
    }

    @SagaEventHandler(associationProperty = "contactId")
    void on(TouchSnoozed event, DeadlineManager deadlines, Clock clock) {
        changeTouch(touch -> touch.snoozedUntil(event.until()), deadlines, clock);
    }

    @SagaEventHandler(associationProperty = "contactId")
    void on(ContactArchived event, DeadlineManager deadlines, Clock clock) {
        changeTouch(touch -> touch.archived(true), deadlines, clock);
    }

    @SagaEventHandler(associationProperty = "contactId")
    void on(ContactRestored event, DeadlineManager deadlines, Clock clock) {
        changeTouch(touch -> touch.archived(false), deadlines, clock);
    }

    @SagaEventHandler(associationProperty = "contactId")
    void on(ImportantDateAdded event, DeadlineManager deadlines, Clock clock) {
        agenda = agenda.withDate(event.dateId(),
                new ContactAgenda.DatePlan(event.label(), event.day(), event.year(), event.noticeDays()));
        replan(deadlines, clock);
    }

    @SagaEventHandler(associationProperty = "contactId")
    void on(ImportantDateRemoved event, DeadlineManager deadlines, Clock clock) {
        agenda = agenda.withoutDate(event.dateId());
        replan(deadlines, clock);
    }

    @SagaEventHandler(associationProperty = "contactId")
    void on(FollowUpAdded event, DeadlineManager deadlines, Clock clock) {
        agenda = agenda.withFollowUp(event.followUpId(), new ContactAgenda.FollowUpPlan(event.text(), event.dueOn()));
        replan(deadlines, clock);
    }

    @SagaEventHandler(associationProperty = "contactId")
    void on(FollowUpCompleted event, DeadlineManager deadlines, Clock clock) {
        agenda = agenda.withoutFollowUp(event.followUpId());
        replan(deadlines, clock);
    }

    /** Also learns of reminders queued by an earlier life of this saga (a restored history). */
    @SagaEventHandler(associationProperty = "contactId")
    void on(ReminderQueued event, DeadlineManager deadlines, Clock clock) {
        agenda = agenda.remindedOf(event.occasions());
        replan(deadlines, clock);
    }

    @SagaEventHandler(associationProperty = "accountId", keyName = OWNER)
    void on(ReminderPreferencesChanged event, DeadlineManager deadlines, Clock clock) {
        preferences = preferences.changedBy(event);
        replan(deadlines, clock);
    }

    @SagaEventHandler(associationProperty = "accountId", keyName = OWNER)
    void on(AccountSettingsChanged event, DeadlineManager deadlines, Clock clock) {
        preferences = preferences.inZone(event.zone());
        replan(deadlines, clock);
    }

    @DeadlineHandler(deadlineName = DEADLINE)
    void remind(ContactReminderDue due, CommandGateway commands, DeadlineManager deadlines, Clock clock) {
        deadline.fired();
        List<ReminderOccasion> occasions = preferences.remindersOn() ? agenda.dueNow(preferences, clock.instant()) : List.of();
        if (!occasions.isEmpty()) {
            commands.sendAndWait(new QueueReminder(contactId, owner, occasions));
            agenda = agenda.remindedOf(occasions);
        }
        replan(deadlines, clock);
    }

    private void changeTouch(UnaryOperator<NextTouchState> change, DeadlineManager deadlines, Clock clock) {
        agenda = agenda.withTouch(change.apply(agenda.touch()));
        replan(deadlines, clock);
    }

    /** One deadline at a time, at the earliest reminder still to send; moved only when that moment changes. */
    private void replan(DeadlineManager deadlines, Clock clock) {
        Instant now = clock.instant();
        Instant next = preferences.remindersOn() ? agenda.nextReminderAt(preferences, now).orElse(null) : null;
        deadline.moveTo(next, new ContactReminderDue(contactId), deadlines, now);
    }
}
