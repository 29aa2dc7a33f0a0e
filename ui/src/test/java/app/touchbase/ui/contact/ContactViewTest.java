package app.touchbase.ui.contact;

import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.SetKeepInTouchRule;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.interaction.api.Reply;
import app.touchbase.ui.KaribuTest;
import app.touchbase.ui.base.Formats;
import app.touchbase.ui.base.StatusBadge;
import app.touchbase.ui.contacts.ContactFormDialog;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ContactViewTest extends KaribuTest {

    UUID grace() {
        UUID id = UUID.randomUUID();
        backend.send(new AddContact(id, account.owner(), ContactDetails.named("Grace Hopper").withCompany("US Navy", "Rear admiral")));
        return id;
    }

    @Test
    void settingACadenceAndLoggingACoffeeMovesTheNextTouch() {
        ContactView view = ContactPages.open(grace());
        assertThat(view.keepInTouch.nextTouch.getElement().getTextRecursively()).isEqualTo("No cadence: Touchbase will not remind you about Grace Hopper.");

        _setValue(view.keepInTouch.cadence, CadencePreset.QUARTERLY);
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(view.keepInTouch.nextTouch.getElement().getTextRecursively()).startsWith("Next touch ").contains("In touch").doesNotContain("last touch");
            assertThat(_get(view.keepInTouch.nextTouch, StatusBadge.class).tone()).isEqualTo(StatusBadge.Tone.QUIET);
        });

        _click(view.logTouch);
        LogTouchDialog dialog = _get(LogTouchDialog.class);
        _setValue(dialog.direction, Direction.GAVE);
        _setValue(dialog.notes, "Her nephews are into robotics");
        _click(dialog.save);

        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(GridKt._size(view.touches.grid)).isEqualTo(1);
            assertThat(view.keepInTouch.nextTouch.getElement().getTextRecursively()).contains("last touch");
            assertThat(history(view)).anySatisfy(line -> assertThat(line).contains("Coffee or lunch (gave)"))
                    .anySatisfy(line -> assertThat(line).contains("Keep in touch every 3 months"));
        });
        assertThat(GridKt._get(view.touches.grid, 0).notes()).isEqualTo("Her nephews are into robotics");
        assertThat(GridKt._get(view.touches.grid, 0).type()).isEqualTo(InteractionType.COFFEE_OR_LUNCH);
    }

    @Test
    void aTouchLoggedElsewhereShowsWithoutReload() {
        UUID grace = grace();
        ContactView view = ContactPages.open(grace);
        backend.send(new LogInteraction(grace, account.owner(), UUID.randomUUID(), InteractionType.EMAIL,
                LocalDate.now(account.settings().zone()).minusDays(1), null, "Sent the article on compilers"));
        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(GridKt._size(view.touches.grid)).isEqualTo(1);
        });
        assertThat(GridKt._get(view.touches.grid, 0).notes()).isEqualTo("Sent the article on compilers");
    }

    @Test
    void theTouchesSayWhatWasGivenAndAskedAndWhichTouchAwaitsTheirReplyUntilTheyReply() {
        UUID grace = grace();
        backend.send(new LogInteraction(grace, account.owner(), UUID.randomUUID(), InteractionType.EMAIL,
                LocalDate.now(account.settings().zone()).minusDays(2), Direction.ASKED, "Asked for a reference", Reply.AWAIT));
        ContactView view = ContactPages.open(grace);
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(GridKt._size(view.touches.grid)).isEqualTo(1);
        });
        assertThat(view.touches.balance.getText())
                .isEqualTo("Since " + Formats.day(YearMonth.now(account.settings().zone()).minusMonths(11).atDay(1))
                        + " you gave 0 and asked 1. You have only asked of them: offer something next time.");
        assertThat(ContactTouchesPanel.what(GridKt._get(view.touches.grid, 0))).isEqualTo("Email · waiting for their reply");

        _click(_get(GridKt._getCellComponent(view.touches.grid, 0, ContactTouchesPanel.ACTIONS), Button.class,
                spec -> spec.withText("They replied")));
        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(GridKt._get(view.touches.grid, 0).awaitingReply()).isFalse();
        });
        assertThat(ContactTouchesPanel.what(GridKt._get(view.touches.grid, 0))).isEqualTo("Email");
    }

    @Test
    void aTouchCanBeCorrectedAndRemoved() {
        UUID grace = grace();
        backend.send(new LogInteraction(grace, account.owner(), UUID.randomUUID(), InteractionType.CALL,
                LocalDate.now(account.settings().zone()).minusDays(2), null, "Called about the conference"));
        ContactView view = ContactPages.open(grace);
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(GridKt._size(view.touches.grid)).isEqualTo(1);
        });

        _click(_get(GridKt._getCellComponent(view.touches.grid, 0, ContactTouchesPanel.ACTIONS), Button.class,
                spec -> spec.withText("Correct")));
        LogTouchDialog dialog = _get(LogTouchDialog.class);
        assertThat(dialog.notes.getValue()).isEqualTo("Called about the conference");
        _setValue(dialog.type, InteractionType.MEETING);
        _setValue(dialog.notes, "Met at the conference");
        _click(dialog.save);
        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(GridKt._get(view.touches.grid, 0).type()).isEqualTo(InteractionType.MEETING);
        });
        assertThat(GridKt._get(view.touches.grid, 0).corrected()).isTrue();

        _click(_get(GridKt._getCellComponent(view.touches.grid, 0, ContactTouchesPanel.ACTIONS), Button.class,
                spec -> spec.withText("Remove")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(_get(confirm, Paragraph.class).getText()).startsWith("Meeting on ").contains("no longer counts");
        _setValue(_get(confirm, Checkbox.class), true);
        ConfirmDialogKt._fireConfirm(confirm);
        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(GridKt._size(view.touches.grid)).isZero();
            assertThat(history(view)).first().asString().contains("Removed Meeting");
            assertThat(history(view)).noneSatisfy(entry -> assertThat(entry).asString().contains("at the conference"));
        });
    }

    @Test
    void erasingAContactAsksForItsNameAndTakesItOffEveryList() {
        UUID grace = grace();
        ContactView view = ContactPages.open(grace);
        _click(view.eraseContact);
        EraseContactDialog dialog = _get(EraseContactDialog.class);
        _setValue(dialog.typedName, "Grace");
        assertThat(dialog.erase.isEnabled()).isFalse();
        _setValue(dialog.typedName, "grace hopper");
        _click(dialog.erase);

        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(backend.find(new FetchContact(account.owner(), grace), ContactProfile.class)).isEmpty();
        });
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("contacts");
    }

    @Test
    void snoozingNeedsADayAndMovesTheNextTouch() {
        UUID grace = grace();
        ContactView view = ContactPages.open(grace);
        _setValue(view.keepInTouch.cadence, CadencePreset.WEEKLY);
        _click(view.keepInTouch.snooze);
        assertThat(view.keepInTouch.snoozeUntil.isInvalid()).isTrue();
        assertThat(view.keepInTouch.snoozeUntil.getErrorMessage()).isEqualTo("Pick the day to be reminded again.");

        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(view.keepInTouch.nextTouch.getElement().getTextRecursively()).startsWith("Next touch ");
        });
        java.time.LocalDate later = java.time.LocalDate.now(account.settings().zone()).plusDays(30);
        _setValue(view.keepInTouch.snoozeUntil, later);
        _click(view.keepInTouch.snooze);
        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(view.keepInTouch.nextTouch.getElement().getTextRecursively()).isEqualTo("Next touch " + Formats.day(later) + " · Snoozed");
        });

        assertThat(view.keepInTouch.stopSnoozing.isVisible()).isTrue();
        _click(view.keepInTouch.stopSnoozing);
        await().pollInSameThread().untilAsserted(() -> {
            MockVaadin.runUIQueue();
            view.refresh();
            assertThat(view.keepInTouch.nextTouch.getElement().getTextRecursively()).doesNotContain("Snoozed");
            assertThat(view.keepInTouch.stopSnoozing.isVisible()).isFalse();
        });
    }

    @Test
    void emailsAndPhonesAreLinksThatStartTheMailOrTheCall() {
        UUID ada = UUID.randomUUID();
        backend.send(new AddContact(ada, account.owner(), ContactDetails.named("Ada Links").withEmails("ada@example.org")
                .withPhones("+44 20 7946 0958")));
        ContactView view = ContactPages.open(ada);
        assertThat(view.reach.getChildren().map(link -> ((Anchor) link).getHref()).toList())
                .containsExactly("mailto:ada@example.org", "tel:+442079460958");
    }

    @Test
    void phoneNumbersAreShownAsPeopleWriteThemAndCalledInE164Form() {
        UUID ada = UUID.randomUUID();
        backend.send(new AddContact(ada, account.owner(), ContactDetails.named("Ada Phones")
                .withPhones("+442079460958", "+1 650 253 0000 x123")));
        ContactView view = ContactPages.open(ada);

        assertThat(view.reach.getChildren().map(link -> (Anchor) link).map(link -> link.getText() + " -> " + link.getHref()).toList())
                .as("the owner lives in London: a British number in national form, others in international form")
                .containsExactly("☎ 020 7946 0958 -> tel:+442079460958",
                        "☎ +1 650-253-0000 ext. 123 -> tel:+16502530000;ext=123");
        assertThat(view.details.getText()).contains("020 7946 0958 · +1 650-253-0000 ext. 123");
    }

    @Test
    void aNumberNotUnderstoodIsShownAndCalledAsWritten() {
        UUID ada = UUID.randomUUID();
        backend.send(new AddContact(ada, account.owner(), ContactDetails.named("Ada Abroad").withPhones("(650) 253-0000", "12-34")));
        ContactView view = ContactPages.open(ada);

        assertThat(view.reach.getChildren().map(link -> (Anchor) link).map(link -> link.getText() + " -> " + link.getHref()).toList())
                .as("read in Britain, an American number without its country is no number: it is kept as typed")
                .containsExactly("☎ (650) 253-0000 -> tel:6502530000", "☎ 12-34 -> tel:1234");
    }

    @Test
    void postalAddressesAreShownLineByLineAndEditedOneParagraphEach() {
        UUID grace = UUID.randomUUID();
        backend.send(new AddContact(grace, account.owner(), ContactDetails.named("Grace Hopper")
                .withAddresses("Home: 1 Navy Way\nArlington, VA 22202")));
        ContactView view = ContactPages.open(grace);
        assertThat(view.addresses.isVisible()).isTrue();
        assertThat(addressesShown(view)).containsExactly("🏠 Home: 1 Navy Way\nArlington, VA 22202");

        _click(view.edit);
        ContactFormDialog form = _get(ContactFormDialog.class);
        TextArea addresses = _get(form, TextArea.class, spec -> spec.withLabel("Postal addresses"));
        assertThat(addresses.getValue()).isEqualTo("Home: 1 Navy Way\nArlington, VA 22202");
        _setValue(addresses, "Home: 1 Navy Way\nArlington, VA 22202\n\n  \nWork: 1000 Navy Pentagon\n  Washington, DC 20350  ");
        _click(form.save);

        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(addressesShown(view)).containsExactly("🏠 Home: 1 Navy Way\nArlington, VA 22202",
                    "🏠 Work: 1000 Navy Pentagon\nWashington, DC 20350");
        });
    }

    @Test
    void aContactWithoutAPostalAddressShowsNone() {
        ContactView view = ContactPages.open(grace());
        assertThat(view.addresses.isVisible()).isFalse();
    }

    private static List<String> addressesShown(ContactView view) {
        return view.addresses.getChildren().map(child -> ((Paragraph) child).getText()).toList();
    }

    @Test
    void archivingComesWithAWayBack() {
        UUID grace = grace();
        ContactView view = ContactPages.open(grace);
        _click(view.archive);
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(view.archivedBadge.isVisible()).isTrue();
        });

        _click(_get(Button.class, spec -> spec.withText("Undo")));

        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(view.archivedBadge.isVisible()).isFalse();
        });
    }

    @Test
    void rememberingAFactShowsIt() {
        ContactView view = ContactPages.open(grace());
        _click(view.addFact);
        FactDialog dialog = _get(FactDialog.class);
        _setValue(dialog.topic, "Family");
        _setValue(dialog.text, "No kids; two nephews");
        _click(dialog.save);

        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(facts(view)).containsExactly("Family: No kids; two nephews ChangeRemove");
        });

        _click(_get(view.facts.list, Button.class, spec -> spec.withText("Change")));
        FactDialog correcting = _get(FactDialog.class);
        assertThat(correcting.text.getValue()).isEqualTo("No kids; two nephews");
        _setValue(correcting.text, "No kids; three nephews");
        _click(correcting.save);
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(facts(view)).containsExactly("Family: No kids; three nephews ChangeRemove");
        });
        assertThat(history(view)).first().asString().contains("Corrected what to remember: Family");

        _click(_get(view.facts.list, Button.class, spec -> spec.withText("Remove")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(facts(view)).singleElement().asString().startsWith("Nothing yet");
        });
    }

    @Test
    void aDateAndAPromiseAreChangedWithTheSameChecksAndAPromiseCanBeTakenBack() {
        UUID grace = grace();
        backend.send(new AddImportantDate(grace, account.owner(), UUID.randomUUID(), "Birthday", MonthDay.of(12, 9), null, 3));
        backend.send(new AddFollowUp(grace, account.owner(), UUID.randomUUID(), "Send the article", LocalDate.now(account.settings().zone()).plusDays(3)));
        ContactView view = ContactPages.open(grace);
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(view.dates.list.getElement().getTextRecursively()).contains("Birthday · 9 December");
            assertThat(view.promises.list.getElement().getTextRecursively()).contains("Send the article");
        });

        _click(_get(view.dates.list, Button.class, spec -> spec.withText("Change")));
        ImportantDateDialog date = _get(ImportantDateDialog.class);
        assertThat(date.day.getValue()).isEqualTo(9);
        _setValue(date.day, 10);
        _setValue(date.noticeDays, 99);
        _click(date.save);
        assertThat(date.noticeDays.isInvalid()).isTrue();
        assertThat(date.noticeDays.getErrorMessage()).contains("between 0 and 60");
        _setValue(date.noticeDays, 7);
        _click(date.save);

        _click(_get(view.promises.list, Button.class, spec -> spec.withText("Change")));
        FollowUpDialog promise = _get(FollowUpDialog.class);
        assertThat(promise.text.getValue()).isEqualTo("Send the article");
        _setValue(promise.text, "Send the COBOL article");
        _click(promise.save);
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(view.dates.list.getElement().getTextRecursively()).contains("Birthday · 10 December").contains("7 days before");
            assertThat(view.promises.list.getElement().getTextRecursively()).contains("Send the COBOL article");
        });
        assertThat(history(view)).anyMatch(entry -> entry.contains("Changed a date: Birthday"))
                .anyMatch(entry -> entry.contains("Changed a promise: Send the COBOL article"));

        _click(_get(view.promises.list, Button.class, spec -> spec.withText("Remove")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(view.promises.list.getElement().getTextRecursively()).isEqualTo("No open promises.");
        });
        assertThat(history(view)).first().asString().contains("Took back a promise");
    }

    private static List<String> facts(ContactView view) {
        return view.facts.list.getChildren().map(item -> item.getElement().getTextRecursively()).toList();
    }

    @Test
    void anArchivedContactShowsItAndTakesNoTouches() {
        ContactView view = ContactPages.open(grace());
        _click(view.archive);
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(view.archivedBadge.isVisible()).isTrue();
        });
        assertThat(view.logTouch.isEnabled()).isFalse();
        assertThat(view.restore.isVisible()).isTrue();
    }

    @Test
    void anUnknownContactSaysSo() {
        UI.getCurrent().navigate("contacts/" + UUID.randomUUID());
        ContactView view = _get(ContactView.class);
        assertThat(view.notFound.isVisible()).isTrue();
        UI.getCurrent().navigate("contacts/not-an-id");
        assertThat(_get(ContactView.class).notFound.isVisible()).isTrue();

        UUID theirs = UUID.randomUUID();
        String someoneElse = "someone-else-" + UUID.randomUUID();
        backend.send(new AddContact(theirs, someoneElse, ContactDetails.named("Not Yours")));
        await().until(() -> backend.find(new FetchContact(someoneElse, theirs), ContactProfile.class).isPresent());
        UI.getCurrent().navigate("contacts/" + theirs);
        ContactView another = _get(ContactView.class);
        assertThat(another.notFound.isVisible()).as("another account's contact is not found, not shown").isTrue();
        assertThat(another.name.getText()).doesNotContain("Not Yours");
    }

    @Test
    void aYearlyLunchRuleHasItsOwnNextTouchAndAnEmailDoesNotMoveIt() {
        UUID grace = grace();
        ContactView view = ContactPages.open(grace);
        _setValue(view.keepInTouch.cadence, CadencePreset.QUARTERLY);
        assertThat(view.keepInTouch.rules.isVisible()).as("only the cadence: no list of rules").isFalse();

        _click(view.keepInTouch.addRule);
        RuleDialog dialog = _get(RuleDialog.class);
        _click(dialog.save);
        assertThat(dialog.label.isInvalid()).as("a rule needs a name").isTrue();
        _setValue(dialog.label, "Yearly lunch");
        _setValue(dialog.counts, Set.of(InteractionType.COFFEE_OR_LUNCH));
        _click(dialog.save);

        LocalDate today = LocalDate.now(account.settings().zone());
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(rules(view)).containsExactly(
                    "Cadence: any touch every 3 months · next " + Formats.day(today.plusMonths(3)) + " · In touch ",
                    "Yearly lunch: coffee or lunch once a year · next " + Formats.day(today.plusYears(1)) + " · In touch Remove");
        });

        backend.send(new LogInteraction(grace, account.owner(), UUID.randomUUID(), InteractionType.EMAIL, today.minusDays(10),
                Direction.GAVE, null));
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(rules(view)).containsExactly(
                    "Cadence: any touch every 3 months · next " + Formats.day(today.minusDays(10).plusMonths(3)) + " · In touch ",
                    "Yearly lunch: coffee or lunch once a year · next " + Formats.day(today.plusYears(1)) + " · In touch Remove");
        });


        _click(_get(view.keepInTouch.rules, Button.class, spec -> spec.withText("Remove")));
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(view.keepInTouch.rules.isVisible()).isFalse();
        });
    }

    @Test
    void aSnoozeFromTheRuleThatIsDueHoldsThatRuleOnly() {
        UUID ken = overdueContact("Ken Rules");
        backend.send(new SetKeepInTouchRule(ken, account.owner(), new KeepInTouchRule("lunch", "Yearly lunch", Period.ofYears(1),
                Set.of(InteractionType.COFFEE_OR_LUNCH))));
        ContactView view = ContactPages.open(ken);
        LocalDate today = LocalDate.now(account.settings().zone());
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(rules(view)).hasSize(2).first().asString().startsWith("Cadence").contains("Overdue").endsWith("Snooze a week");
        });

        ListItem cadenceRule = (ListItem) view.keepInTouch.rules.getChildren().findFirst().orElseThrow();
        _click(_get(cadenceRule, Button.class, spec -> spec.withText("Snooze a week")));

        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(rules(view)).anySatisfy(rule -> assertThat(rule)
                    .isEqualTo("Cadence: any touch every month · next " + Formats.day(today.plusWeeks(1)) + " · Snoozed "));
            assertThat(rules(view)).anySatisfy(rule -> assertThat(rule)
                    .isEqualTo("Yearly lunch: coffee or lunch once a year · next " + Formats.day(today.plusYears(1)) + " · In touch Remove"));
        });
    }

    private static List<String> rules(ContactView view) {
        return view.keepInTouch.rules.getChildren().map(item -> ((ListItem) item).getElement().getTextRecursively()).toList();
    }

    private static List<String> history(ContactView view) {
        return view.history.list.getChildren().map(item -> ((ListItem) item).getText()).toList();
    }

    @Test
    void onAPhoneEachTouchIsOneCardThatKeepsItsNotes() {
        UUID grace = grace();
        backend.send(new LogInteraction(grace, account.owner(), UUID.randomUUID(), InteractionType.CALL,
                LocalDate.now(account.settings().zone()).minusDays(3), Direction.GAVE, "Talked about her nephews and the COBOL committee"));
        ContactView view = ContactPages.open(grace);
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(GridKt._size(view.touches.grid)).isEqualTo(1);
        });

        view.touches.layOutFor(true);
        assertThat(view.touches.grid.getColumns()).filteredOn(column -> column.isVisible())
                .extracting(column -> column.getKey()).containsExactly(ContactTouchesPanel.PHONE_CARD);
        var card = GridKt._getCellComponent(view.touches.grid, 0, ContactTouchesPanel.PHONE_CARD);
        assertThat(card.getElement().getTextRecursively()).contains("Call (gave)")
                .contains("Talked about her nephews and the COBOL committee");
        assertThat(_get(card, Button.class, spec -> spec.withText("Correct"))).isNotNull();

        view.touches.layOutFor(false);
        assertThat(view.touches.grid.getColumns()).filteredOn(column -> column.isVisible()).hasSize(5);
    }
}
