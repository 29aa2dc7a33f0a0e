package app.touchbase.ui.contact;

import app.touchbase.followup.api.ListOpenFollowUps;
import app.touchbase.followup.api.OpenFollowUps;
import app.touchbase.importantdate.api.ImportantDates;
import app.touchbase.importantdate.api.ListContactDates;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.reminder.api.FetchReminderPreferences;
import app.touchbase.reminder.api.InspectReminderLink;
import app.touchbase.reminder.api.ListOutbox;
import app.touchbase.reminder.api.MailStatus;
import app.touchbase.reminder.api.Outbox;
import app.touchbase.reminder.api.OutboxMail;
import app.touchbase.reminder.api.ReminderPreferences;
import app.touchbase.ui.KaribuTest;
import app.touchbase.ui.due.DueView;
import app.touchbase.ui.mail.LinkActionView;
import app.touchbase.ui.mail.MailView;
import app.touchbase.ui.settings.SettingsView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reminder settings, dates and promises on a contact, the Mail page, and where a mail's button leads. */
class RemindersUiTest extends KaribuTest {

    @Test
    void reminderSettingsAreSavedAndABadAddressIsShownBesideTheField() {
        UI.getCurrent().navigate(DueView.class);
        assertThat(_get(DueView.class).noAddress.isVisible()).as("no address yet: the Due page says reminders can't be mailed").isTrue();
        UI.getCurrent().navigate(SettingsView.class);
        SettingsView settings = _get(SettingsView.class);
        assertThat(settings.noAddress.isVisible()).isTrue();
        assertThat(settings.noAddress.getText()).startsWith("Reminders can't be mailed yet");
        _setValue(settings.email, "not an address");
        _click(settings.saveReminders);
        assertThat(settings.email.isInvalid()).isTrue();
        assertThat(settings.email.getErrorMessage()).contains("is not a valid email address");

        _setValue(settings.email, "tester@example.com");
        _setValue(settings.sendAt, LocalTime.of(7, 30));
        _setValue(settings.digestDay, Optional.of(DayOfWeek.FRIDAY));
        _click(settings.saveReminders);
        await().pollInSameThread().untilAsserted(() -> {
            ReminderPreferences saved = backend.find(new FetchReminderPreferences(account.owner()), ReminderPreferences.class).orElseThrow();
            assertThat(saved.email()).isEqualTo("tester@example.com");
            assertThat(saved.sendAt()).isEqualTo(LocalTime.of(7, 30));
            assertThat(saved.digestDay()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(saved.remindersOn()).isTrue();
        });
        assertThat(settings.noAddress.isVisible()).isFalse();
        UI.getCurrent().navigate(DueView.class);
        assertThat(_get(DueView.class).noAddress.isVisible()).isFalse();
    }

    @Test
    void aBirthdayWithoutAYearAndAPromiseAreAddedOnTheContactPage() {
        UUID grace = overdueContact("Grace Hopper");
        ContactView view = ContactPages.open(grace);

        _click(view.addDate);
        ImportantDateDialog date = _get(ImportantDateDialog.class);
        _setValue(date.month, Month.FEBRUARY);
        _setValue(date.day, 30);
        _click(date.save);
        assertThat(date.day.getErrorMessage()).isEqualTo("February has no day 30.");
        _setValue(date.day, 29);
        _click(date.save);
        await().pollInSameThread().untilAsserted(() -> assertThat(backend.query(
                new ListContactDates(account.owner(), grace, LocalDate.now()), ImportantDates.class).dates())
                .singleElement().satisfies(saved -> assertThat(saved.year()).isNull()));

        _click(view.addFollowUp);
        FollowUpDialog promise = _get(FollowUpDialog.class);
        _setValue(promise.text, "Send the COBOL article");
        _click(promise.save);
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(view.dates.list.getElement().getTextRecursively()).contains("Birthday · 29 February");
            assertThat(view.promises.list.getElement().getTextRecursively()).contains("Send the COBOL article · due");
        });
        assertThat(backend.query(new ListOpenFollowUps(account.owner(), grace), OpenFollowUps.class).followUps()).hasSize(1);
    }

    /** The reminder the saga queued by itself for the overdue Alan, once composed. */
    Optional<OutboxMail> aboutAlan() {
        return backend.query(new ListOutbox(account.owner(), 50), Outbox.class).mails().stream()
                .filter(mail -> "Time to get in touch with Alan Turing".equals(mail.subject()) && mail.status() == MailStatus.KEPT)
                .findFirst();
    }

    @Test
    void anOverdueContactsReminderIsKeptOnTheMailPageAndItsButtonLogsTheTouch() {
        UUID alan = overdueContact("Alan Turing");
        await().pollInSameThread().atMost(Duration.ofSeconds(40)).until(() -> aboutAlan().isPresent());

        UI.getCurrent().navigate(MailView.class);
        MailView mailPage = _get(MailView.class);
        assertThat(mailPage.delivery.getText()).startsWith("No mail server is configured");
        OutboxMail kept = aboutAlan().orElseThrow();
        assertThat(kept.status()).isEqualTo(MailStatus.KEPT);
        assertThat(mailPage.mails.getGenericDataView().getItems().toList()).contains(kept);

        Matcher link = Pattern.compile("I got in touch: \\S+/act/(\\S+)").matcher(kept.text());
        assertThat(link.find()).isTrue();
        UI.getCurrent().navigate(LinkActionView.class, new RouteParameters("token", link.group(1)));
        LinkActionView action = _get(LinkActionView.class);
        assertThat(action.message.getText()).isEqualTo("Logging that you got in touch with Alan Turing…");
        action.follow();
        assertThat(action.message.getText()).isEqualTo("Logged that you got in touch with Alan Turing today.");
        await().pollInSameThread().untilAsserted(() -> assertThat(backend.find(new FetchNextTouch(account.owner(), alan), NextTouch.class)
                .orElseThrow().nextTouchOn()).isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(27)));

        UI.getCurrent().navigate(LinkActionView.class, new RouteParameters("token", "forged." + link.group(1)));
        assertThat(_get(LinkActionView.class).message.getText()).startsWith("This link is not valid");
        assertThat(backend.query(new InspectReminderLink("x"), app.touchbase.reminder.api.ReminderLinkView.class).problem()).isNotNull();
    }
}
