package app.touchbase.history;

import app.touchbase.account.api.AccountRegistered;
import app.touchbase.account.api.AccountSettingsChanged;
import app.touchbase.account.api.CalendarFeedClosed;
import app.touchbase.account.api.CalendarFeedOpened;
import app.touchbase.account.api.PasswordChanged;
import app.touchbase.account.api.PasswordHashUpgraded;
import app.touchbase.account.api.PasswordReset;
import app.touchbase.cadence.api.CadenceCleared;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.CircleColour;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.CircleRulesApplied;
import app.touchbase.cadence.api.CircleRulesWithdrawn;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.KeepInTouchRuleCleared;
import app.touchbase.cadence.api.KeepInTouchRuleSet;
import app.touchbase.cadence.api.SnoozeStopped;
import app.touchbase.cadence.api.TouchSnoozed;
import app.touchbase.circle.api.CircleArchived;
import app.touchbase.circle.api.CircleChanged;
import app.touchbase.circle.api.CircleCreated;
import app.touchbase.circle.api.CircleDeleted;
import app.touchbase.circle.api.CircleDetails;
import app.touchbase.circle.api.CircleMembersAdded;
import app.touchbase.circle.api.CircleMembersRemoved;
import app.touchbase.circle.api.CircleRestored;
import app.touchbase.circle.api.CircleRuleCleared;
import app.touchbase.circle.api.CircleRuleSet;
import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactErased;
import app.touchbase.contact.api.ContactMergedInto;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.contact.api.ContactUnmerged;
import app.touchbase.contact.api.DuplicateMergeUndone;
import app.touchbase.contact.api.DuplicateMergedIn;
import app.touchbase.contact.api.FactCorrected;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.contact.api.FactRemoved;
import app.touchbase.contact.api.NotDuplicateMarked;
import app.touchbase.contact.api.PhoneNumber;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpChanged;
import app.touchbase.followup.api.FollowUpCompleted;
import app.touchbase.followup.api.FollowUpRemoved;
import app.touchbase.importantdate.api.ImportantDateAdded;
import app.touchbase.importantdate.api.ImportantDateChanged;
import app.touchbase.importantdate.api.ImportantDateRemoved;
import app.touchbase.importing.api.ImportFailed;
import app.touchbase.importing.api.ImportFinished;
import app.touchbase.importing.api.ImportFormat;
import app.touchbase.importing.api.ImportRecorded;
import app.touchbase.importing.api.ImportUndoStarted;
import app.touchbase.importing.api.ImportUndone;
import app.touchbase.importing.api.ImportedPerson;
import app.touchbase.importing.api.PlannedContact;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.ReplyAwaited;
import app.touchbase.interaction.api.ReplyReceived;
import app.touchbase.interaction.api.TouchTextErased;
import app.touchbase.plan.api.PlanEntry;
import app.touchbase.plan.api.PlanItemDone;
import app.touchbase.plan.api.PlanItemMoved;
import app.touchbase.plan.api.PlanItemPulledIn;
import app.touchbase.plan.api.PlanItemSkipped;
import app.touchbase.plan.api.PlanSource;
import app.touchbase.plan.api.PlanWeek;
import app.touchbase.plan.api.WeeklyBudgetSet;
import app.touchbase.plan.api.WeeklyPlanOpened;
import app.touchbase.reminder.api.DigestQueued;
import app.touchbase.reminder.api.ReminderOccasion;
import app.touchbase.reminder.api.ReminderPreferencesChanged;
import app.touchbase.reminder.api.ReminderQueued;
import app.touchbase.reminder.api.ReminderSent;
import app.touchbase.shared.api.AccountDeleted;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * One owner's history holding every kind of event at least once, written with the current event classes in values
 * the oldest shapes can hold too (no per-rule snooze, no import circle, no chosen first due day): the same history
 * as {@code oldest-shapes.json}, which holds it as the first Touchbase stored it. Reminders are off, so no automation
 * acts on it while the tests run.
 */
final class EveryEventHistory {

    static final String OWNER = "first-shapes";
    static final String GONE = "gone-shapes";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final UUID GRACE = uuid(1);
    static final UUID LINUS = uuid(2);
    static final UUID FRIENDS = uuid(3);
    static final UUID OLD_CIRCLE = uuid(4);
    static final UUID FIRST_IMPORT = uuid(5);
    static final UUID FAILED_IMPORT = uuid(6);
    static final UUID UNDONE_IMPORT = uuid(7);
    static final LocalDate WEEK = LocalDate.of(2026, 3, 9);

    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private Instant now = Instant.parse("2026-03-02T07:30:00Z");
    private int ids = 100;

    private EveryEventHistory() {
    }

    static List<DomainEventMessage<?>> events() {
        EveryEventHistory history = new EveryEventHistory();
        history.write();
        return List.copyOf(history.events);
    }

    static UUID uuid(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    private UUID next() {
        return uuid(ids++);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now, BERLIN);
    }

    private void append(String type, String aggregateId, Function<Instant, Object> payload) {
        now = now.plus(Duration.ofHours(7));
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        events.add(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload.apply(now), MetaData.emptyInstance(),
                next().toString(), now));
    }

    private void account(Function<Instant, Object> payload) {
        append("Account", OWNER, payload);
    }

    private void contact(UUID contactId, Function<Instant, Object> payload) {
        append("Contact", contactId.toString(), payload);
    }

    private void circle(UUID circleId, Function<Instant, Object> payload) {
        append("Circle", circleId.toString(), payload);
    }

    private void batch(UUID importId, Function<Instant, Object> payload) {
        append("ImportBatch", importId.toString(), payload);
    }

    private void plan(Function<Instant, Object> payload) {
        append("WeeklyPlan", PlanWeek.planId(OWNER, WEEK), payload);
    }

    private void write() {
        account(at -> new AccountRegistered(OWNER, "Ada", "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z5sJ9Kf9hZ5M5FfZk5Z5Z5Zu", BERLIN, at));
        account(at -> new AccountSettingsChanged(OWNER, "Ada Lovelace", BERLIN, Period.ofMonths(3), at));
        account(at -> new ReminderPreferencesChanged(OWNER, "ada@example.org", LocalTime.of(8, 0), null, false, at));
        account(at -> new CalendarFeedOpened(OWNER, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", at));
        account(at -> new CalendarFeedClosed(OWNER, at));
        account(at -> new PasswordChanged(OWNER, "$2a$10$8EqJtq98hPqEX7fNZaFWoOhi5BWX4Z5sJ9Kf9hZ5M5FfZk5Z5Z5Zu", at));
        account(at -> new PasswordHashUpgraded(OWNER, "$2a$12$9EqJtq98hPqEX7fNZaFWoOhi5BWX4Z5sJ9Kf9hZ5M5FfZk5Z5Z5Zu", at));
        account(at -> new PasswordReset(OWNER, "$2a$12$AEqJtq98hPqEX7fNZaFWoOhi5BWX4Z5sJ9Kf9hZ5M5FfZk5Z5Z5Zu", at));
        account(at -> new WeeklyBudgetSet(OWNER, 4, at));

        ContactDetails grace = new ContactDetails("Grace Hopper", List.of("grace@navy.example"), List.of("+1 555 0100"), "Navy",
                "Rear admiral", Channel.EMAIL, "A conference in 1985", List.of("navy", "mentor"));
        // stored before phones were read: read without a region, as an upcast older event is
        contact(GRACE, at -> new ContactAdded(GRACE, OWNER, grace, PhoneNumber.readAll(grace.phones(), null), at));
        contact(GRACE, at -> new ContactDetailsChanged(GRACE, OWNER, new ContactDetails("Grace Hopper", List.of("grace@cobol.example"),
                List.of("+1 555 0100"), "Navy", "Rear admiral", Channel.PHONE, "A conference in 1985", List.of("navy", "mentor")), at));
        UUID kids = next();
        UUID trip = next();
        contact(GRACE, at -> new FactRecorded(GRACE, OWNER, kids, "Kids", "Two", null, at));
        contact(GRACE, at -> new FactRecorded(GRACE, OWNER, trip, "Trip", "Lisbon in May", LocalDate.of(2026, 5, 10), at));
        contact(GRACE, at -> new FactCorrected(GRACE, OWNER, kids, "Kids", "Two daughters", null, at));
        contact(GRACE, at -> new FactRemoved(GRACE, OWNER, trip, at));
        contact(GRACE, at -> new CadenceSet(GRACE, OWNER, Period.ofMonths(1), LocalDate.ofInstant(at, BERLIN), at));
        UUID coffee = next();
        UUID call = next();
        contact(GRACE, at -> new InteractionLogged(GRACE, OWNER, coffee, InteractionType.COFFEE_OR_LUNCH, today().minusDays(3),
                Direction.GAVE, "Talked about compilers", at));
        contact(GRACE, at -> new InteractionLogged(GRACE, OWNER, call, InteractionType.CALL, today(), Direction.NEUTRAL, null, at));
        contact(GRACE, at -> new InteractionCorrected(GRACE, OWNER, coffee, InteractionType.MEETING, today().minusDays(4),
                Direction.ASKED, "Asked about the book", at));
        contact(GRACE, at -> new ReplyAwaited(GRACE, OWNER, coffee, at));
        contact(GRACE, at -> new ReplyAwaited(GRACE, OWNER, call, at));
        contact(GRACE, at -> new ReplyReceived(GRACE, OWNER, coffee, at));
        contact(GRACE, at -> new InteractionRemoved(GRACE, OWNER, call, at));
        KeepInTouchRule lunch = new KeepInTouchRule("lunch", "Lunch", Period.ofMonths(6), Set.of(InteractionType.COFFEE_OR_LUNCH));
        contact(GRACE, at -> new KeepInTouchRuleSet(GRACE, OWNER, lunch, LocalDate.ofInstant(at, BERLIN), at));
        contact(GRACE, at -> new TouchSnoozed(GRACE, OWNER, today().plusDays(20), at));
        contact(GRACE, at -> new SnoozeStopped(GRACE, OWNER, at));
        contact(GRACE, at -> new TouchSnoozed(GRACE, OWNER, today().plusDays(10), at));
        UUID birthday = next();
        UUID anniversary = next();
        contact(GRACE, at -> new ImportantDateAdded(GRACE, OWNER, birthday, "Birthday", MonthDay.of(12, 9), 1906, 7, at));
        contact(GRACE, at -> new ImportantDateAdded(GRACE, OWNER, anniversary, "Anniversary", MonthDay.of(6, 15), null, 0, at));
        contact(GRACE, at -> new ImportantDateChanged(GRACE, OWNER, anniversary, "Wedding anniversary", MonthDay.of(6, 16), 1950, 3, at));
        contact(GRACE, at -> new ImportantDateRemoved(GRACE, OWNER, anniversary, at));
        UUID article = next();
        UUID book = next();
        contact(GRACE, at -> new FollowUpAdded(GRACE, OWNER, article, "Send the article on COBOL", today().plusDays(5), at));
        contact(GRACE, at -> new FollowUpAdded(GRACE, OWNER, book, "Lend the book", today().plusDays(30), at));
        contact(GRACE, at -> new FollowUpChanged(GRACE, OWNER, book, "Lend the book on COBOL", today().plusDays(31), at));
        contact(GRACE, at -> new FollowUpCompleted(GRACE, OWNER, article, at));
        UUID poem = next();
        contact(GRACE, at -> new FollowUpAdded(GRACE, OWNER, poem, "Send the poem", today().plusDays(3), at));
        contact(GRACE, at -> new FollowUpRemoved(GRACE, OWNER, poem, at));
        UUID reminder = next();
        LocalDate dueOn = today().plusDays(1);
        LocalDate birthdayOn = LocalDate.of(2026, 12, 9);
        contact(GRACE, at -> new ReminderQueued(GRACE, OWNER, reminder, List.of(
                new ReminderOccasion(app.touchbase.reminder.api.OccasionKind.TOUCH, "touch:" + dueOn, null, dueOn, "Time to get in touch"),
                ReminderOccasion.importantDate(birthday, birthdayOn, "Birthday")), at));
        contact(GRACE, at -> new ReminderSent(GRACE, OWNER, reminder, "ada@example.org", at));

        ContactDetails linus = ContactDetails.named("Linus Torvalds").withEmails("linus@example.org");
        contact(LINUS, at -> new ContactAdded(LINUS, OWNER, linus, at));
        contact(LINUS, at -> new CadenceSet(LINUS, OWNER, Period.ofWeeks(2), LocalDate.ofInstant(at, BERLIN), at));
        contact(LINUS, at -> new CadenceCleared(LINUS, OWNER, at));

        KeepInTouchRule quarterly = new KeepInTouchRule("quarterly", "Quarterly", Period.ofMonths(3), Set.of());
        CircleRef friends = new CircleRef(FRIENDS, "Friends", CircleColour.values()[1]);
        circle(FRIENDS, at -> new CircleCreated(FRIENDS, OWNER, new CircleDetails("Friend", null, CircleColour.values()[0]), at));
        circle(FRIENDS, at -> new CircleChanged(FRIENDS, OWNER, new CircleDetails("Friends", "The old crowd", CircleColour.values()[1]), at));
        circle(FRIENDS, at -> new CircleRuleSet(FRIENDS, OWNER, quarterly, LocalDate.ofInstant(at, BERLIN), at));
        circle(FRIENDS, at -> new CircleMembersAdded(FRIENDS, OWNER, List.of(GRACE, LINUS), LocalDate.ofInstant(at, BERLIN), at));
        contact(GRACE, at -> new CircleRulesApplied(GRACE, OWNER, friends, List.of(quarterly.ofCircle(friends)),
                LocalDate.ofInstant(at, BERLIN), Map.of(), at));
        contact(LINUS, at -> new CircleRulesApplied(LINUS, OWNER, friends, List.of(quarterly.ofCircle(friends)),
                LocalDate.ofInstant(at, BERLIN), Map.of(quarterly.ofCircle(friends).ruleId(), today().plusDays(40)), at));
        contact(GRACE, at -> new KeepInTouchRuleSet(GRACE, OWNER, new KeepInTouchRule(quarterly.ofCircle(friends).ruleId(),
                "Friends · Quarterly", Period.ofMonths(2), Set.of()), LocalDate.ofInstant(at, BERLIN), at));
        contact(GRACE, at -> new KeepInTouchRuleCleared(GRACE, OWNER, "lunch", at));
        circle(FRIENDS, at -> new CircleMembersRemoved(FRIENDS, OWNER, List.of(LINUS), at));
        contact(LINUS, at -> new CircleRulesWithdrawn(LINUS, OWNER, FRIENDS, at));
        circle(FRIENDS, at -> new CircleArchived(FRIENDS, OWNER, at));
        circle(FRIENDS, at -> new CircleRestored(FRIENDS, OWNER, at));
        circle(FRIENDS, at -> new CircleRuleCleared(FRIENDS, OWNER, "quarterly", at));
        circle(OLD_CIRCLE, at -> new CircleCreated(OLD_CIRCLE, OWNER, new CircleDetails("Old team", null, CircleColour.values()[2]), at));
        circle(OLD_CIRCLE, at -> new CircleDeleted(OLD_CIRCLE, OWNER, at));

        UUID margaret = next();
        PlannedContact planned = new PlannedContact(margaret, new ImportedPerson(ContactDetails.named("Margaret Hamilton"),
                MonthDay.of(8, 17), 1936, List.of("Apollo")), next(), List.of(next()), null, null);
        batch(FIRST_IMPORT, at -> new ImportRecorded(FIRST_IMPORT, OWNER, "Connections.csv", ImportFormat.values()[0], List.of(planned), at));
        contact(margaret, at -> new ContactAdded(margaret, OWNER, planned.person().details(), at));
        batch(FIRST_IMPORT, at -> new ImportFinished(FIRST_IMPORT, OWNER, at));
        batch(FAILED_IMPORT, at -> new ImportRecorded(FAILED_IMPORT, OWNER, "contacts.vcf", ImportFormat.values()[1], List.of(), at));
        batch(FAILED_IMPORT, at -> new ImportFailed(FAILED_IMPORT, OWNER, "Row 3: the name is missing.", at));
        batch(UNDONE_IMPORT, at -> new ImportRecorded(UNDONE_IMPORT, OWNER, "google.csv", ImportFormat.values()[0], List.of(), at));
        batch(UNDONE_IMPORT, at -> new ImportFinished(UNDONE_IMPORT, OWNER, at));
        batch(UNDONE_IMPORT, at -> new ImportUndoStarted(UNDONE_IMPORT, OWNER, List.of(), at));
        batch(UNDONE_IMPORT, at -> new ImportUndone(UNDONE_IMPORT, OWNER, at));

        plan(at -> new WeeklyPlanOpened(PlanWeek.planId(OWNER, WEEK), OWNER, WEEK, 4,
                List.of(new PlanEntry(GRACE, PlanSource.PROPOSED)), at));
        plan(at -> new PlanItemPulledIn(PlanWeek.planId(OWNER, WEEK), OWNER, WEEK, LINUS, at));
        plan(at -> new PlanItemPulledIn(PlanWeek.planId(OWNER, WEEK), OWNER, WEEK, margaret, at));
        plan(at -> new PlanItemDone(PlanWeek.planId(OWNER, WEEK), OWNER, WEEK, GRACE, true, at));
        plan(at -> new PlanItemSkipped(PlanWeek.planId(OWNER, WEEK), OWNER, WEEK, LINUS, at));
        plan(at -> new PlanItemMoved(PlanWeek.planId(OWNER, WEEK), OWNER, WEEK, margaret, at));
        account(at -> new DigestQueued(OWNER, next(), WEEK, at));

        contact(LINUS, at -> new ContactArchived(LINUS, OWNER, at));
        contact(LINUS, at -> new ContactRestored(LINUS, OWNER, at));
        contact(margaret, at -> new ContactArchived(margaret, OWNER, at));
        contact(GRACE, at -> new TouchTextErased(GRACE, OWNER, coffee, at));
        contact(margaret, at -> new ContactErased(margaret, OWNER, at));
        append("Account", GONE, at -> new AccountRegistered(GONE, "Gone", "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z5sJ9Kf9hZ5M5FfZk5Z5Z5Zu", BERLIN, at));
        append("Account", GONE, at -> new AccountDeleted(GONE, List.of(), at));

        UUID twin = next();
        UUID ship = next();
        contact(twin, at -> new ContactAdded(twin, OWNER, ContactDetails.named("Grace B. Hopper").withEmails("grace@cobol.example"), at));
        contact(twin, at -> new FactRecorded(twin, OWNER, ship, "Ship", "USS Hopper", null, at));
        contact(twin, at -> new NotDuplicateMarked(twin, OWNER, LINUS, at));
        contact(LINUS, at -> new NotDuplicateMarked(LINUS, OWNER, twin, at));
        contact(twin, at -> new ContactMergedInto(twin, OWNER, GRACE, at));
        contact(twin, at -> new ContactArchived(twin, OWNER, at));
        UUID copiedShip = next();
        contact(GRACE, at -> new DuplicateMergedIn(GRACE, OWNER, twin, List.of(), List.of(copiedShip), List.of(), List.of(),
                List.of(), List.of(FRIENDS), Set.of(), at));
        contact(GRACE, at -> new FactRecorded(GRACE, OWNER, copiedShip, "Ship", "USS Hopper", null, at));
        contact(twin, at -> new ContactUnmerged(twin, OWNER, GRACE, at));
        contact(twin, at -> new ContactRestored(twin, OWNER, at));
        contact(GRACE, at -> new FactRemoved(GRACE, OWNER, copiedShip, at));
        contact(GRACE, at -> new DuplicateMergeUndone(GRACE, OWNER, twin, List.of(FRIENDS), at));
    }
}
