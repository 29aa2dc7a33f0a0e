package app.touchbase.mail.automation;

import app.touchbase.account.api.AccountRegistered;
import app.touchbase.account.api.AccountSettingsChanged;
import app.touchbase.plan.api.FetchThisWeek;
import app.touchbase.plan.api.ThisWeek;
import app.touchbase.reminder.api.DigestQueued;
import app.touchbase.reminder.api.QueueDigest;
import app.touchbase.reminder.api.ReminderPreferences;
import app.touchbase.reminder.api.ReminderPreferencesChanged;
import app.touchbase.shared.api.AccountDeleted;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * One per account: a durable deadline at the next digest (the chosen weekday, at the reminder hour, in the account's
 * zone). When it fires it asks the account to queue that week's digest (the account queues one per week at most)
 * and plans the next one. The digest leads with the week's plan, so the plan is recorded then too.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class WhenWeekStartsThenSendDigest {

    private static final Logger LOG = LoggerFactory.getLogger(WhenWeekStartsThenSendDigest.class);

    static final String DEADLINE = "weekly-digest-due";

    private String accountId;
    private ReminderPreferences preferences;
    private LocalDate lastQueuedDay;
    private final OneDeadline deadline = new OneDeadline(DEADLINE);

    @StartSaga
    @SagaEventHandler(associationProperty = "accountId")
    void on(AccountRegistered event, DeadlineManager deadlines, Clock clock) {
        accountId = event.accountId();
        preferences = ReminderPreferences.defaults(accountId, event.zone());
        replan(deadlines, clock);
    }

    /** A deleted account gets no digest; the saga, which knew the mail address, is deleted. */
    @EndSaga
    @SagaEventHandler(associationProperty = "accountId")
    void on(AccountDeleted event, DeadlineManager deadlines, Clock clock) {
        deadline.moveTo(null, new DigestDue(accountId), deadlines, clock.instant());
    }

    @SagaEventHandler(associationProperty = "accountId")
    void on(ReminderPreferencesChanged event, DeadlineManager deadlines, Clock clock) {
        preferences = preferences.changedBy(event);
        replan(deadlines, clock);
    }

    @SagaEventHandler(associationProperty = "accountId")
    void on(AccountSettingsChanged event, DeadlineManager deadlines, Clock clock) {
        preferences = preferences.inZone(event.zone());
        replan(deadlines, clock);
    }

    @SagaEventHandler(associationProperty = "accountId")
    void on(DigestQueued event, DeadlineManager deadlines, Clock clock) {
        lastQueuedDay = event.weekOf();
        replan(deadlines, clock);
    }

    @DeadlineHandler(deadlineName = DEADLINE)
    void sendDigest(DigestDue due, CommandGateway commands, QueryGateway queries, DeadlineManager deadlines, Clock clock) {
        LocalDate day = LocalDate.ofInstant(deadline.dueAt() == null ? clock.instant() : deadline.dueAt(), preferences.zone());
        deadline.fired(clock.instant());
        if (preferences.digestDay() != null && preferences.remindersOn()) {
            commands.sendAndWait(new QueueDigest(accountId, day));
            lastQueuedDay = day;
            recordThisWeeksPlan(commands, queries);
        }
        replan(deadlines, clock);
    }

    /** The digest leads with the week's plan, so the plan is fixed when the digest is written; a failure costs no digest. */
    private void recordThisWeeksPlan(CommandGateway commands, QueryGateway queries) {
        try {
            ThisWeek plan = queries.query(new FetchThisWeek(accountId), ResponseTypes.instanceOf(ThisWeek.class)).join();
            if (!plan.recorded() && !plan.items().isEmpty()) {
                commands.sendAndWait(plan.toOpen(accountId));
            }
        } catch (RuntimeException notRecorded) {
            LOG.warn("This week's plan of {} was not recorded with the digest: {}", accountId, notRecorded.getMessage());
        }
    }

    private void replan(DeadlineManager deadlines, Clock clock) {
        deadline.moveTo(nextDigestAt(clock.instant()), new DigestDue(accountId), deadlines, clock.instant());
    }

    /** The first digest moment after now whose week did not get a digest yet. */
    Instant nextDigestAt(Instant now) {
        if (preferences.digestDay() == null || !preferences.remindersOn()) {
            return null;
        }
        ZonedDateTime local = now.atZone(preferences.zone());
        LocalDate day = local.toLocalDate().with(TemporalAdjusters.nextOrSame(preferences.digestDay()));
        while (!day.atTime(preferences.sendAt()).atZone(preferences.zone()).isAfter(local)
                || (lastQueuedDay != null && !day.isAfter(lastQueuedDay))) {
            day = day.plusWeeks(1);
        }
        return day.atTime(preferences.sendAt()).atZone(preferences.zone()).toInstant();
    }
}
