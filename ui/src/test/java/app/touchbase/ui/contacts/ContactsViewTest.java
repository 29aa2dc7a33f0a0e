package app.touchbase.ui.contacts;

import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.ui.KaribuTest;
import app.touchbase.ui.contact.ContactView;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ContactsViewTest extends KaribuTest {

    ContactsView open() {
        UI.getCurrent().navigate(ContactsView.class);
        return _get(ContactsView.class);
    }

    @Test
    void addingAContactWithACadenceOpensTheirPage() {
        ContactsView view = open();
        _click(view.add);
        ContactFormDialog dialog = _get(ContactFormDialog.class);
        assertThat(dialog.cadence.isVisible()).as("the Add dialog offers the cadence").isTrue();
        _setValue(dialog.cadence, CadencePreset.QUARTERLY);
        _setValue(dialog.name, "Grace Hopper");
        _setValue(dialog.emails, "grace@navy.mil, amazing.grace@navy.mil");
        _setValue(dialog.company, "US Navy");
        _setValue(dialog.tags, "Mentor, navy");
        _setValue(dialog.addresses, "1 Navy Way\nArlington, VA 22202");
        _click(dialog.save);

        assertThat(_find(ContactFormDialog.class)).as("the dialog closed").isEmpty();
        ContactView page = _get(ContactView.class);
        await().pollInSameThread().untilAsserted(() -> {
            page.refresh();
            assertThat(page.name.getText()).isEqualTo("Grace Hopper");
        });
        assertThat(page.details.getText()).contains("US Navy", "grace@navy.mil", "amazing.grace@navy.mil", "#mentor #navy");
        assertThat(page.getElement().getTextRecursively()).contains("1 Navy Way\nArlington, VA 22202");
        await().pollInSameThread().untilAsserted(() -> {
            page.refresh();
            assertThat(page.keepInTouch.cadence.getValue()).isEqualTo(CadencePreset.QUARTERLY);
        });
    }

    @Test
    void anEmptyNameIsShownBesideTheFieldAndNothingIsSent() {
        ContactsView view = open();
        _click(view.add);
        ContactFormDialog dialog = _get(ContactFormDialog.class);
        _setValue(dialog.company, "Nowhere Inc");
        _click(dialog.save);

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Name must not be empty.");
        assertThat(_find(ContactFormDialog.class)).as("the dialog stays open").hasSize(1);
    }

    @Test
    void aMalformedEmailIsRefusedByTheBackendAndShownBesideTheField() {
        ContactsView view = open();
        _click(view.add);
        ContactFormDialog dialog = _get(ContactFormDialog.class);
        _setValue(dialog.name, "Ken");
        _setValue(dialog.emails, "ken(at)bell-labs");
        _click(dialog.save);

        assertThat(dialog.emails.isInvalid()).isTrue();
        assertThat(dialog.emails.getErrorMessage()).contains("'ken(at)bell-labs' is not a valid email address");
        assertThat(dialog.name.isInvalid()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchAndTagFilterTheList() {
        backend.send(new AddContact(UUID.randomUUID(), account.owner(), ContactDetails.named("Barbara Liskov").withCompany("MIT", "Professor").withTags("mentor")));
        backend.send(new AddContact(UUID.randomUUID(), account.owner(), ContactDetails.named("Linus Torvalds").withTags("peer")));
        ContactsView view = open();
        Grid<?> grid = view.contacts;
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(names(grid)).contains("Barbara Liskov", "Linus Torvalds");
        });

        backend.send(new AddContact(UUID.randomUUID(), "someone-else", ContactDetails.named("Barbara Elsewhere").withTags("mentor")));
        _setValue(view.search, "barbara");
        assertThat(names(grid)).as("another account's contacts never show").containsExactly("Barbara Liskov");
        _setValue(view.search, "mit");
        assertThat(names(grid)).containsExactly("Barbara Liskov");
        _setValue(view.search, "");
        _setValue(view.tag, "Peer");
        assertThat(names(grid)).containsExactly("Linus Torvalds");
        assertThat(view.nobody.isVisible()).isFalse();

        _setValue(view.search, "nobody by this name");
        assertThat(view.nobody.isVisible()).isTrue();
        assertThat(view.nobody.getText()).startsWith("Nobody matches these filters");
    }

    @Test
    void theTagFilterSuggestsTheTagsInUseAndASearchFindsWhatWasRemembered() {
        UUID ada = UUID.randomUUID();
        backend.send(new AddContact(ada, account.owner(), ContactDetails.named("Ada Remembered").withTags("poetry")));
        backend.send(new RecordFact(ada, account.owner(), UUID.randomUUID(), "Family", "Her daughter Lena starts school", null));
        await().pollInSameThread().until(() -> backend.query(new SearchContacts(account.owner(), "lena", null, false, 0, 5),
                ContactPage.class).total() == 1);
        ContactsView view = open();

        assertThat(ComboBoxKt.getSuggestionItems(view.tag)).contains("poetry");
        _setValue(view.search, "Lena");
        assertThat(names(view.contacts)).containsExactly("Ada Remembered");
    }

    @Test
    void aSearchFindsAContactByStreetTownOrPostcode() {
        backend.send(new AddContact(UUID.randomUUID(), account.owner(), ContactDetails.named("Sherlock Holmes")
                .withAddresses("Home: 221B Baker Street\nLondon NW1 6XE")));
        backend.send(new AddContact(UUID.randomUUID(), account.owner(), ContactDetails.named("John Watson")));
        backend.send(new AddContact(UUID.randomUUID(), "someone-else", ContactDetails.named("Mrs Hudson")
                .withAddresses("221B Baker Street\nLondon NW1 6XE")));
        await().pollInSameThread().until(() -> backend.query(new SearchContacts(account.owner(), "sherlock", null, false, 0, 5),
                ContactPage.class).total() == 1);
        ContactsView view = open();

        assertThat(view.search.getPlaceholder()).contains("address");
        _setValue(view.search, "baker street");
        assertThat(names(view.contacts)).as("another account's contacts never show").containsExactly("Sherlock Holmes");
        _setValue(view.search, "NW1 6XE");
        assertThat(names(view.contacts)).containsExactly("Sherlock Holmes");
        _setValue(view.search, "london");
        assertThat(names(view.contacts)).containsExactly("Sherlock Holmes");
    }

    @Test
    void aSearchFindsAContactByTheWordsOfATouchsNotes() {
        UUID ada = UUID.randomUUID();
        backend.send(new AddContact(ada, account.owner(), ContactDetails.named("Ada Noted")));
        backend.send(new AddContact(UUID.randomUUID(), account.owner(), ContactDetails.named("Bob Silent")));
        backend.send(new LogInteraction(ada, account.owner(), UUID.randomUUID(), InteractionType.COFFEE_OR_LUNCH,
                LocalDate.of(2026, 3, 2), Direction.GAVE, "Her twins start school in Lisbon"));
        UUID mallory = UUID.randomUUID();
        backend.send(new AddContact(mallory, "someone-else", ContactDetails.named("Mallory Elsewhere")));
        backend.send(new LogInteraction(mallory, "someone-else", UUID.randomUUID(), InteractionType.CALL,
                LocalDate.of(2026, 3, 2), Direction.GAVE, "Also moving to Lisbon"));
        await().pollInSameThread().until(() -> backend.query(new SearchContacts(account.owner(), "twins", null, false, 0, 5),
                ContactPage.class).total() == 1);
        ContactsView view = open();

        assertThat(view.search.getPlaceholder()).contains("notes");
        _setValue(view.search, "Lisb");
        assertThat(names(view.contacts)).as("another account's notes are never searched").containsExactly("Ada Noted");
        _setValue(view.search, "school twins");
        assertThat(names(view.contacts)).containsExactly("Ada Noted");
        _setValue(view.search, "wins");
        assertThat(names(view.contacts)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> names(Grid<?> grid) {
        Grid<app.touchbase.contact.api.ContactSummary> contacts = (Grid<app.touchbase.contact.api.ContactSummary>) grid;
        return java.util.stream.IntStream.range(0, GridKt._size(contacts))
                .mapToObj(row -> GridKt._get(contacts, row).details().name()).toList();
    }

    @Test
    void onAPhoneEachContactIsOneCardWithTheNameInFullAndWhatTheyDo() {
        UUID id = UUID.randomUUID();
        backend.send(new AddContact(id, account.owner(), ContactDetails.named("Margaret Heafield Hamilton-Narrowfield")
                .withCompany("MIT Instrumentation Laboratory", "Director of software engineering").withTags("apollo")));
        ContactsView view = open();
        _setValue(view.search, "Narrowfield");
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(GridKt._size(view.contacts)).isEqualTo(1);
        });

        view.layOutFor(true);
        assertThat(view.contacts.getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .containsExactly(ContactsView.PHONE_CARD);
        String card = GridKt._getCellComponent(view.contacts, 0, ContactsView.PHONE_CARD).getElement().getTextRecursively();
        assertThat(card).contains("Margaret Heafield Hamilton-Narrowfield")
                .contains("Director of software engineering at MIT Instrumentation Laboratory").contains("#apollo");

        view.layOutFor(false);
        assertThat(view.contacts.getColumns()).filteredOn(Grid.Column::isVisible).hasSize(6);
    }
}
