package app.touchbase.mail;

import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.mail.compose.ComposedMail;
import app.touchbase.mail.compose.MailComposer;
import app.touchbase.mail.links.ReminderLinks;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.plan.api.FetchThisWeek;
import app.touchbase.plan.api.PlanItem;
import app.touchbase.plan.api.PlanItemStatus;
import app.touchbase.plan.api.ThisWeek;
import app.touchbase.reminder.api.ChangeReminderPreferences;
import app.touchbase.reminder.api.DeliveryHealth;
import app.touchbase.reminder.api.FetchDeliveryHealth;
import app.touchbase.reminder.api.FetchOutboxTotals;
import app.touchbase.reminder.api.FollowReminderLink;
import app.touchbase.reminder.api.InspectReminderLink;
import app.touchbase.reminder.api.LinkAction;
import app.touchbase.reminder.api.ListOutbox;
import app.touchbase.reminder.api.MailKind;
import app.touchbase.reminder.api.MailStatus;
import app.touchbase.reminder.api.Outbox;
import app.touchbase.reminder.api.OutboxMail;
import app.touchbase.reminder.api.OutboxTotals;
import app.touchbase.reminder.api.QueueReminder;
import app.touchbase.reminder.api.ReminderLinkView;
import app.touchbase.reminder.api.ReminderOccasion;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.Touchbase;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Without a mail server: the outbox keeps mails; one-click links act on exactly one contact. */
@IntegrationTest
class OutboxAndLinksTest {

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;
    @Autowired
    ReminderLinks links;
    @Autowired
    MailComposer composer;
    @Autowired
    MongoDatabase database;

    String account() {
        String owner = touchbase.registerAccount("ada", "Ada");
        touchbase.send(new ChangeReminderPreferences(owner, "ada@example.com", LocalTime.of(9, 0), DayOfWeek.MONDAY, true));
        return owner;
    }

    /** Monthly, last touched 40 days ago: ten days overdue. */
    UUID overdueContact(String owner, String name) {
        UUID contactId = touchbase.addContact(owner, ContactDetails.named(name));
        touchbase.setCadence(owner, contactId, Period.ofMonths(1));
        touchbase.logInteraction(owner, contactId, InteractionType.COFFEE_OR_LUNCH, today().minusDays(40));
        await().until(() -> touchbase.nextTouch(owner, contactId).map(NextTouch::lastTouchOn).isPresent()
                && touchbase.contact(owner, contactId).isPresent());
        return contactId;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    String link(String owner, UUID contactId, LinkAction action) {
        return token(links.url(owner, contactId, action, clock.instant(), nextTouch(owner, contactId).nextTouchOn()));
    }

    NextTouch nextTouch(String owner, UUID contactId) {
        return touchbase.nextTouch(owner, contactId).orElseThrow();
    }

    static String token(String url) {
        return url.substring(url.indexOf(ReminderLinks.PATH) + ReminderLinks.PATH.length());
    }

    @Test
    void withoutAMailServerTheReminderIsKeptInTheOutboxAndTheHealthSaysWhy() {
        String owner = account();
        UUID contactId = overdueContact(owner, "Grace Hopper");
        LocalDate due = nextTouch(owner, contactId).nextTouchOn();
        UUID reminderId = touchbase.send(new QueueReminder(contactId, owner, List.of(ReminderOccasion.touch(KeepInTouchRule.CADENCE, due, "Overdue"))));
        assertThat(reminderId).isNotNull();

        await().untilAsserted(() -> assertThat(touchbase.query(new ListOutbox(owner, 10), Outbox.class).mails())
                .singleElement().satisfies(mail -> {
                    assertThat(mail.mailId()).isEqualTo(reminderId);
                    assertThat(mail.status()).isEqualTo(MailStatus.KEPT);
                    assertThat(mail.subject()).isEqualTo("Time to get in touch with Grace Hopper");
                    assertThat(mail.recipient()).isEqualTo("ada@example.com");
                    assertThat(mail.lastError()).contains("No mail server is configured");
                    assertThat(mail.text()).contains("I got in touch: http://localhost:8080/act/");
                }));
        OutboxTotals totals = touchbase.query(new FetchOutboxTotals(), OutboxTotals.class);
        assertThat(totals.kept()).as("the operator's counts include it, with no content").isPositive();
        DeliveryHealth health = touchbase.query(new FetchDeliveryHealth(owner), DeliveryHealth.class);
        assertThat(health.smtpConfigured()).isFalse();
        assertThat(health.lastSentAt()).isNull();
        assertThat(health.pending()).isZero();

        UUID again = touchbase.send(new QueueReminder(contactId, owner, List.of(ReminderOccasion.touch(KeepInTouchRule.CADENCE, due, "Overdue"))));
        assertThat(again).as("the same occasion is not queued twice").isNull();
    }

    @Test
    void whileTheReadModelsRebuildNoMailIsComposedAndNoAttemptIsUsedUp() {
        String owner = account();
        UUID contactId = overdueContact(owner, "Katherine Johnson");
        LocalDate due = nextTouch(owner, contactId).nextTouchOn();
        MongoCollection<org.bson.Document> markers = database.getCollection("read_model_rebuild");
        Bson readModels = Filters.eq("_id", ReadModels.PROCESSING_GROUP);
        markers.updateOne(readModels, Updates.set("rebuild", new org.bson.Document("id", "held-by-a-test")
                .append("reason", "a rebuild under way").append("requestedAt", new Date())), new UpdateOptions().upsert(true));
        UUID reminderId;
        try {
            reminderId = touchbase.send(new QueueReminder(contactId, owner,
                    List.of(ReminderOccasion.touch(KeepInTouchRule.CADENCE, due, "Overdue"))));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(outboxMail(owner, reminderId)).satisfies(mail -> {
                        assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
                        assertThat(mail.attempts()).isZero();
                    }));
        } finally {
            markers.updateOne(readModels, Updates.unset("rebuild"));
        }

        await().untilAsserted(() -> assertThat(outboxMail(owner, reminderId)).satisfies(mail -> {
            assertThat(mail.status()).isEqualTo(MailStatus.KEPT);
            assertThat(mail.subject()).isEqualTo("Time to get in touch with Katherine Johnson");
        }));
    }

    OutboxMail outboxMail(String owner, UUID mailId) {
        return touchbase.query(new ListOutbox(owner, 10), Outbox.class).mails().stream()
                .filter(mail -> mail.mailId().equals(mailId)).findFirst().orElseThrow();
    }

    @Test
    void gotInTouchLogsOneTouchForThatContactOnly() {
        String owner = account();
        UUID grace = overdueContact(owner, "Grace Hopper");
        UUID alan = overdueContact(owner, "Alan Turing");
        String token = link(owner, grace, LinkAction.GOT_IN_TOUCH);

        ReminderLinkView view = touchbase.query(new InspectReminderLink(token), ReminderLinkView.class);
        assertThat(view.contactName()).isEqualTo("Grace Hopper");
        assertThat(view.problem()).isNull();
        assertThat(touchbase.<String>send(new FollowReminderLink(token)))
                .isEqualTo("Logged that you got in touch with Grace Hopper today.");
        await().untilAsserted(() -> assertThat(nextTouch(owner, grace).lastTouchOn()).isEqualTo(today()));
        assertThat(touchbase.<String>send(new FollowReminderLink(token))).isEqualTo("This touch with Grace Hopper was already logged.");
        assertThat(touchbase.contact(owner, grace).orElseThrow().interactions()).hasSize(2);
        assertThat(touchbase.contact(owner, alan).orElseThrow().interactions()).as("the other contact is untouched").hasSize(1);
    }

    @Test
    void alteredForeignAndExpiredLinksAreRefusedWithAReason() {
        String owner = account();
        UUID grace = overdueContact(owner, "Grace Hopper");
        UUID alan = overdueContact(owner, "Alan Turing");
        String token = link(owner, grace, LinkAction.GOT_IN_TOUCH);
        String otherToken = link(owner, alan, LinkAction.GOT_IN_TOUCH);
        String swapped = otherToken.substring(0, otherToken.indexOf('.')) + token.substring(token.indexOf('.'));
        char last = token.charAt(token.length() - 1);
        String lastCharacterChanged = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        String lastBitsChanged = token.substring(0, token.length() - 1) + (char) (last ^ 1);

        for (String bad : List.of(swapped, token.substring(0, token.length() - 2), token + "=", token + "==",
                lastCharacterChanged, lastBitsChanged, token.replace('.', '='), "nonsense", "")) {
            assertThat(touchbase.query(new InspectReminderLink(bad), ReminderLinkView.class).problem())
                    .startsWith("This link is not valid");
            assertThatThrownBy(() -> touchbase.send(new FollowReminderLink(bad))).isInstanceOf(CommandRejectedException.class);
        }
        String foreign = token(links.url("mallory", grace, LinkAction.GOT_IN_TOUCH, clock.instant(), null));
        assertThatThrownBy(() -> touchbase.send(new FollowReminderLink(foreign))).isInstanceOf(CommandRejectedException.class);

        String expired = token(links.url(owner, grace, LinkAction.SNOOZE_WEEK, clock.instant().minus(Duration.ofDays(15)),
                nextTouch(owner, grace).nextTouchOn()));
        assertThat(touchbase.query(new InspectReminderLink(expired), ReminderLinkView.class).problem())
                .isEqualTo("This link has expired. Open Touchbase to do this from Grace Hopper's page.");
        assertThatThrownBy(() -> touchbase.send(new FollowReminderLink(expired))).hasMessageContaining("expired");
        assertThat(touchbase.contact(owner, grace).orElseThrow().interactions()).hasSize(1);
    }

    @Test
    void snoozeAndSkipMoveTheNextTouch() {
        String owner = account();
        UUID grace = overdueContact(owner, "Grace Hopper");
        String snooze = link(owner, grace, LinkAction.SNOOZE_WEEK);
        String skipFromTheSameMail = link(owner, grace, LinkAction.SKIP_CYCLE);
        touchbase.send(new FollowReminderLink(snooze));
        LocalDate weekLater = today().plusDays(7);
        await().untilAsserted(() -> assertThat(nextTouch(owner, grace).nextTouchOn()).isEqualTo(weekLater));

        assertThat(touchbase.query(new InspectReminderLink(skipFromTheSameMail), ReminderLinkView.class).problem())
                .as("the mail's touch was handled by the snooze")
                .startsWith("This reminder was already handled: the next touch with Grace Hopper is now on");
        assertThatThrownBy(() -> touchbase.send(new FollowReminderLink(skipFromTheSameMail)))
                .hasMessageContaining("already handled");
        assertThatThrownBy(() -> touchbase.send(new FollowReminderLink(snooze)))
                .as("a second click on the same snooze does not push the touch again").hasMessageContaining("already handled");
        assertThat(nextTouch(owner, grace).nextTouchOn()).isEqualTo(weekLater);

        touchbase.send(new FollowReminderLink(link(owner, grace, LinkAction.SKIP_CYCLE)));
        await().untilAsserted(() -> assertThat(nextTouch(owner, grace).nextTouchOn()).isEqualTo(weekLater.plusMonths(1)));
    }

    @Test
    void theDigestListsWhoIsOverdueWhatComesUpAndWhatWasPromised() {
        String owner = account();
        UUID grace = overdueContact(owner, "Grace Hopper");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        MonthDay inFiveDays = MonthDay.from(today.plusDays(5));
        touchbase.send(new AddImportantDate(grace, owner, UUID.randomUUID(), "Birthday", inFiveDays, null, 3));
        touchbase.send(new AddFollowUp(grace, owner, UUID.randomUUID(), "Send the COBOL article", today.minusDays(1)));

        await().untilAsserted(() -> {
            ComposedMail digest = composer.digest(owner);
            assertThat(digest.recipient()).isEqualTo("ada@example.com");
            assertThat(digest.subject()).as("the subject counts what the body lists")
                    .isEqualTo("Your week in Touchbase: 1 to get in touch with, 1 date coming up, 1 open promise");
            assertThat(digest.text())
                    .as("the digest leads with the week's plan").contains("YOUR PLAN FOR THE WEEK OF")
                    .contains("* Grace Hopper: To do (overdue").contains("a promise is late").contains("birthday on")
                    .contains("GET IN TOUCH (these stay here until you act)")
                    .contains("* Grace Hopper: Overdue since")
                    .contains("COMING UP").contains("Grace Hopper, Birthday")
                    .contains("YOU PROMISED").contains("Grace Hopper: Send the COBOL article").contains(", late)");
            assertThat(digest.html()).contains("<h2 style=\"font-size: 18px;\">You promised</h2>")
                    .contains("Your plan for the week of");
            assertThat(digest.text().indexOf("YOUR PLAN")).isLessThan(digest.text().indexOf("GET IN TOUCH"));
        });
    }

    @Test
    void reminderAndDigestMailsAreLaidOutForAPhone() {
        String owner = account();
        UUID grace = overdueContact(owner, "Grace Hopper");
        await().untilAsserted(() -> {
            ComposedMail reminder = composer.reminder(owner, grace, List.of(new MailComposer.Occasion("TOUCH", "Overdue")));
            ComposedMail digest = composer.digest(owner);
            for (ComposedMail mail : List.of(reminder, digest)) {
                assertThat(mail.html())
                        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                        .contains("width: 100%; max-width: 560px; box-sizing: border-box;")
                        .contains("overflow-wrap: break-word;")
                        .doesNotContainPattern("[^-]width: *[0-9]+px");
            }
        });
    }

    @Test
    void theDigestsPlanLinksSkipOrMoveAPersonInThatWeeksPlan() {
        String owner = account();
        UUID grace = overdueContact(owner, "Grace Hopper");
        UUID alan = overdueContact(owner, "Alan Turing");
        ThisWeek proposal = touchbase.query(new FetchThisWeek(owner), ThisWeek.class);
        touchbase.send(proposal.toOpen(owner));
        await().until(() -> touchbase.query(new FetchThisWeek(owner), ThisWeek.class).recorded());
        String text = composer.digest(owner).text();
        assertThat(text).contains("Skip this week: ").contains("Next week: ");

        String skip = token(links.url(owner, grace, LinkAction.SKIP_PLAN_WEEK, clock.instant(), proposal.weekStart()));
        String move = token(links.url(owner, alan, LinkAction.PLAN_NEXT_WEEK, clock.instant(), proposal.weekStart()));
        assertThat(touchbase.query(new InspectReminderLink(skip), ReminderLinkView.class).problem()).isNull();
        assertThat((String) touchbase.send(new FollowReminderLink(skip))).isEqualTo("Grace Hopper is skipped this week.");
        assertThat((String) touchbase.send(new FollowReminderLink(move))).isEqualTo("Alan Turing comes first in next week's plan.");

        await().untilAsserted(() -> assertThat(touchbase.query(new FetchThisWeek(owner), ThisWeek.class).items())
                .extracting(PlanItem::name, PlanItem::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Grace Hopper", PlanItemStatus.SKIPPED),
                        org.assertj.core.groups.Tuple.tuple("Alan Turing", PlanItemStatus.MOVED)));
        String notPlanned = token(links.url(owner, grace, LinkAction.SKIP_PLAN_WEEK, clock.instant(), proposal.weekStart().minusWeeks(1)));
        assertThatThrownBy(() -> touchbase.send(new FollowReminderLink(notPlanned)))
                .hasMessage("There is no plan for that week any more, so nothing changed for Grace Hopper.");
    }

    @Test
    void remindersKeptWhileNoAddressWasSetGoOutAsOneDigestOnceItIs() {
        String owner = touchbase.registerAccount("bea", "Bea");
        UUID grace = overdueContact(owner, "Grace Hopper");
        UUID alan = overdueContact(owner, "Alan Turing");
        for (UUID contactId : List.of(grace, alan)) {
            touchbase.send(new QueueReminder(contactId, owner,
                    List.of(ReminderOccasion.touch(KeepInTouchRule.CADENCE, nextTouch(owner, contactId).nextTouchOn(), "Overdue"))));
        }
        await().untilAsserted(() -> assertThat(touchbase.query(new ListOutbox(owner, 10), Outbox.class).mails())
                .hasSize(2).allSatisfy(mail -> {
                    assertThat(mail.status()).isEqualTo(MailStatus.KEPT);
                    assertThat(mail.lastError()).startsWith("No address to send to");
                }));

        touchbase.send(new ChangeReminderPreferences(owner, "bea@example.com", LocalTime.of(9, 0), null, true));

        await().untilAsserted(() -> {
            List<OutboxMail> mails = touchbase.query(new ListOutbox(owner, 10), Outbox.class).mails();
            assertThat(mails).filteredOn(mail -> mail.kind() == MailKind.DIGEST).singleElement().satisfies(digest -> {
                assertThat(digest.recipient()).isEqualTo("bea@example.com");
                assertThat(digest.subject()).isEqualTo("Your week in Touchbase: 2 to get in touch with");
            });
            assertThat(mails).filteredOn(mail -> mail.kind() == MailKind.REMINDER).hasSize(2)
                    .allSatisfy(mail -> assertThat(mail.lastError()).contains("one catch-up digest"));
        });
        touchbase.send(new ChangeReminderPreferences(owner, "bea@example.com", LocalTime.of(10, 0), null, true));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(touchbase.query(new ListOutbox(owner, 10), Outbox.class).mails())
                        .as("a later change sends no second catch-up").filteredOn(mail -> mail.kind() == MailKind.DIGEST).hasSize(1));
    }
}
