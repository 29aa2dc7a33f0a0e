package app.touchbase.ui.contact;

import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.UpdateContactDetails;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.ui.KaribuTest;
import app.touchbase.ui.base.Formats;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ContactAsOfDialogTest extends KaribuTest {

    @Test
    void clickingTheFirstHistoryEntryShowsTheContactThenAndWhatChangedSince() {
        UUID grace = UUID.randomUUID();
        backend.send(new AddContact(grace, account.owner(), ContactDetails.named("Grace Hopper").withEmails("grace@yale.edu")
                .withAddresses("Home: 1 Navy Way\nArlington, VA 22202")));
        backend.send(new UpdateContactDetails(grace, account.owner(), ContactDetails.named("Grace Hopper").withEmails("grace@navy.mil")));
        backend.send(new RecordFact(grace, account.owner(), UUID.randomUUID(), "Kids", "Two", null));
        backend.send(new AddImportantDate(grace, account.owner(), UUID.randomUUID(), "Birthday", MonthDay.of(12, 9), 1906, 3));
        LocalDate yesterday = LocalDate.now(account.settings().zone()).minusDays(1);
        backend.send(new LogInteraction(grace, account.owner(), UUID.randomUUID(), InteractionType.CALL, yesterday, Direction.NEUTRAL,
                "About the compiler"));
        ContactView view = ContactPages.open(grace);
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(view.history.list.getChildren().count()).isEqualTo(5);
        });

        ListItem added = (ListItem) view.history.list.getChildren().reduce((first, second) -> second).orElseThrow();
        _click(added);

        ContactAsOfDialog dialog = _get(ContactAsOfDialog.class);
        assertThat(dialog.getHeaderTitle()).startsWith("Grace Hopper as of ");
        assertThat(dialog.details.getText()).contains("grace@yale.edu").doesNotContain("navy");
        assertThat(dialog.addresses.getElement().getTextRecursively()).contains("Home: 1 Navy Way\nArlington, VA 22202");
        assertThat(lines(dialog.facts)).containsExactly("Nothing remembered yet.");
        assertThat(lines(dialog.dates)).containsExactly("No important dates.");
        assertThat(lines(dialog.touches)).containsExactly(Formats.day(yesterday) + " — Call — About the compiler (logged later)");
        assertThat(lines(dialog.changes)).contains("1 touch logged since", "email grace@navy.mil added", "email grace@yale.edu removed",
                "address Home: 1 Navy Way, Arlington, VA 22202 removed", "fact added: Kids: Two",
                "important date added: Birthday on 9 December 1906, reminder 3 days before");
    }

    @Test
    void aDayBeforeTheContactWasAddedShowsNothingKnown() {
        UUID ada = UUID.randomUUID();
        backend.send(new AddContact(ada, account.owner(), ContactDetails.named("Ada Lovelace")));
        ContactView view = ContactPages.open(ada);

        _setValue(view.history.asOf, LocalDate.now(account.settings().zone()).minusDays(2));

        ContactAsOfDialog dialog = _get(ContactAsOfDialog.class);
        assertThat(dialog.nothing.getText()).isEqualTo("Nothing was known about this contact yet at that moment.");
    }

    private static List<String> lines(UnorderedList list) {
        return list.getChildren().map(item -> ((ListItem) item).getText()).toList();
    }
}
