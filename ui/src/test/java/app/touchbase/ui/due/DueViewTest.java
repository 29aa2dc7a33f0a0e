package app.touchbase.ui.due;

import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.ui.KaribuTest;
import app.touchbase.ui.base.Formats;
import app.touchbase.ui.base.StatusBadge;
import app.touchbase.ui.contact.LogTouchDialog;
import app.touchbase.ui.settings.SettingsView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DueViewTest extends KaribuTest {

    DueView openWhenListed(String name) {
        UI.getCurrent().navigate(DueView.class);
        DueView view = _get(DueView.class);
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(rows(view)).extracting(NextTouch::name).contains(name);
        });
        return view;
    }

    @Test
    void theRuleColumnSaysHowLateAnOverdueTouchIs() {
        UUID ken = overdueContact("Ken Late");
        NextTouch touch = backend.find(new FetchNextTouch(account.owner(), ken), NextTouch.class).orElseThrow();
        LocalDate today = LocalDate.now(account.settings().zone());

        assertThat(DueView.rule(touch, today)).isEqualTo("every month · overdue by 2 weeks");
        assertThat(Formats.howLong(today.minusDays(1), today)).isEqualTo("1 day");
        assertThat(Formats.howLong(today.minusMonths(3), today)).isEqualTo("3 months");
    }

    @Test
    void anOverdueContactIsListedAndOneClickSnoozesThem() {
        overdueContact("Snooze Me");
        DueView view = openWhenListed("Snooze Me");
        NextTouch row = row(view, "Snooze Me");
        assertThat(row.status()).isEqualTo(TouchStatus.OVERDUE);
        assertThat(view.summary.getText()).endsWith("waiting to hear from you.");
        assertThat(DueView.statusBadge(row).getText()).isEqualTo("Overdue");
        assertThat(DueView.statusBadge(row).tone()).isEqualTo(StatusBadge.Tone.ALARM);

        view.snoozeAWeek(row);

        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(row(view, "Snooze Me").status()).isEqualTo(TouchStatus.SNOOZED);
        });
    }

    @Test
    void loggingATouchFromTheListTakesTheContactOffIt() {
        overdueContact("Call Me");
        DueView view = openWhenListed("Call Me");
        int index = rows(view).stream().map(NextTouch::name).toList().indexOf("Call Me");
        Button log = _get(GridKt._getCellComponent(view.touches, index, DueView.ACTIONS), Button.class,
                spec -> spec.withText("Log touch"));
        _click(log);
        LogTouchDialog dialog = _get(LogTouchDialog.class);
        _click(dialog.save);

        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(rows(view)).extracting(NextTouch::name).doesNotContain("Call Me");
        });
    }

    @Test
    void onAPhoneEachPersonIsOneCellWithTheActions() {
        overdueContact("Phone Friend");
        DueView view = openWhenListed("Phone Friend");
        view.layOutFor(true);
        assertThat(view.touches.getColumns()).filteredOn(column -> column.isVisible()).hasSize(1);
        int index = rows(view).stream().map(NextTouch::name).toList().indexOf("Phone Friend");
        var cell = GridKt._getCellComponent(view.touches, index, DueView.PHONE_CARD);
        assertThat(_get(cell, Button.class, spec -> spec.withText("Log touch"))).isNotNull();
        view.layOutFor(false);
        assertThat(view.touches.getColumns()).filteredOn(column -> column.isVisible()).hasSize(5);
    }

    @Test
    void theListChangesByItselfWhenSomeoneFallsDue() {
        UI.getCurrent().navigate(DueView.class);
        DueView view = _get(DueView.class);
        overdueContact("Pushed Person");
        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(rows(view)).extracting(NextTouch::name).contains("Pushed Person");
        });
    }

    @Test
    void anEmptyNetworkSaysSo() {
        assertThat(DueView.summary(0, 0, 0)).isEqualTo("Your network is empty. Add the people you want to stay in touch with "
                + "under Contacts, or import them from LinkedIn, Google Contacts, Outlook, Thunderbird or a vCard file.");
        assertThat(DueView.summary(700, 0, 0)).isEqualTo("None of your 700 contacts have a cadence yet, so nobody will fall due. "
                + "Open a contact and choose how often to keep in touch, or import with a cadence for everyone.");
        assertThat(DueView.summary(9, 4, 0)).isEqualTo("Nobody is due. 4 of your 9 contacts have a cadence; the others are not reminded.");
        assertThat(DueView.summary(1, 1, 0)).isEqualTo("You are in touch with all 1 contact. Nobody is due.");
        assertThat(DueView.summary(9, 9, 2)).isEqualTo("2 people are waiting to hear from you.");
    }

    private static NextTouch row(DueView view, String name) {
        return rows(view).stream().filter(touch -> touch.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<NextTouch> rows(DueView view) {
        return IntStream.range(0, GridKt._size(view.touches)).mapToObj(i -> GridKt._get(view.touches, i)).toList();
    }

    @Test
    void birthdaysOfTheNextTwoWeeksAndOpenPromisesAreComingUp() {
        UUID ada = overdueContact("Ada Coming");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        backend.send(new AddImportantDate(ada, account.owner(), UUID.randomUUID(), "Birthday", MonthDay.from(today.plusDays(1)), null, 3));
        backend.send(new AddImportantDate(ada, account.owner(), UUID.randomUUID(), "Name day", MonthDay.from(today.plusDays(40)), null, 3));
        backend.send(new AddFollowUp(ada, account.owner(), UUID.randomUUID(), "Send the slides", today.minusDays(2)));
        UI.getCurrent().navigate(DueView.class);
        DueView view = _get(DueView.class);
        await().pollInSameThread().untilAsserted(() -> {
            view.showComingUp();
            assertThat(view.comingUp.getElement().getTextRecursively())
                    .contains("Ada Coming · Birthday tomorrow")
                    .contains("LateAda Coming · you promised: Send the slides · due on " + Formats.day(today.minusDays(2)))
                    .doesNotContain("Name day");
        });
        assertThat(view.comingUpTitle.isVisible()).isTrue();
    }

    @Test
    void aLatePromiseComesFirstMarkedLateAndDoneTakesItOff() {
        UUID alan = overdueContact("Alan Promised");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        backend.send(new AddImportantDate(alan, account.owner(), UUID.randomUUID(), "Birthday", MonthDay.from(today.plusDays(2)), null, 3));
        backend.send(new AddFollowUp(alan, account.owner(), UUID.randomUUID(), "Return the book", today.minusDays(3)));
        UI.getCurrent().navigate(DueView.class);
        DueView view = _get(DueView.class);
        await().pollInSameThread().untilAsserted(() -> {
            view.showComingUp();
            assertThat(comingUp(view)).anyMatch(item -> item.contains("Return the book"));
        });
        List<ListItem> items = view.comingUp.getChildren().map(ListItem.class::cast).toList();
        ListItem late = items.stream().filter(item -> item.getElement().getTextRecursively().contains("Return the book"))
                .findFirst().orElseThrow();
        ListItem birthday = items.stream().filter(item -> item.getElement().getTextRecursively().contains("Alan Promised · Birthday"))
                .findFirst().orElseThrow();
        assertThat(late.getElement().getTextRecursively()).startsWith("Late");
        assertThat(late.hasClassName(DueView.LATE_PROMISE)).isTrue();
        assertThat(items.indexOf(late)).isLessThan(items.indexOf(birthday));
        assertThat(items.stream().takeWhile(item -> item.hasClassName(DueView.LATE_PROMISE)).toList()).contains(late);

        _click(_get(late, Button.class, spec -> spec.withText("Done")));
        await().pollInSameThread().untilAsserted(() -> {
            view.showComingUp();
            assertThat(comingUp(view)).noneMatch(item -> item.contains("Return the book"));
        });
    }

    private static List<String> comingUp(DueView view) {
        return view.comingUp.getChildren().map(item -> item.getElement().getTextRecursively()).toList();
    }

    @Test
    void leavingThePageTakesItsPollListenerAlong() {
        UI ui = UI.getCurrent();
        for (int visit = 0; visit < 3; visit++) {
            ui.navigate(DueView.class);
            _get(DueView.class);
            ui.navigate(SettingsView.class);
        }
        assertThat(ComponentUtil.getListeners(ui, PollEvent.class)).isEmpty();
        assertThat(ui.getPollInterval()).isEqualTo(-1);
        ui.navigate(DueView.class);
        assertThat(ComponentUtil.getListeners(ui, PollEvent.class)).hasSize(1);
    }
}
