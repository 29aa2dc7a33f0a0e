package app.touchbase.ui.duplicates;

import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.duplicates.api.DuplicatePair;
import app.touchbase.duplicates.api.DuplicatePairs;
import app.touchbase.duplicates.api.DuplicateReason;
import app.touchbase.duplicates.api.FetchMergedInto;
import app.touchbase.duplicates.api.ListDuplicates;
import app.touchbase.duplicates.api.MergedInto;
import app.touchbase.ui.KaribuTest;
import app.touchbase.ui.contact.ContactView;
import app.touchbase.ui.contacts.ContactsView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Duplicates page: likely pairs with their reasons, merging with a choice per field and undo, and "Not duplicates". */
class DuplicatesViewTest extends KaribuTest {

    UUID contact(ContactDetails details) {
        UUID id = UUID.randomUUID();
        backend.send(new AddContact(id, account.owner(), details));
        return id;
    }

    DuplicatesView pageShowing(UUID one, UUID other) {
        UI.getCurrent().navigate(DuplicatesView.class);
        DuplicatesView page = _get(DuplicatesView.class);
        await().pollInSameThread().untilAsserted(() -> {
            page.refresh();
            assertThat(card(page, one, other)).isNotNull();
        });
        return page;
    }

    static DuplicateCard card(DuplicatesView page, UUID one, UUID other) {
        return page.cards().stream().filter(card -> card.pair.involves(one) && card.pair.involves(other)).findFirst().orElse(null);
    }

    List<DuplicatePair> pairs() {
        return backend.query(new ListDuplicates(account.owner()), DuplicatePairs.class).pairs();
    }

    ContactDetails details(UUID contactId) {
        return backend.find(new FetchContact(account.owner(), contactId), ContactProfile.class).orElseThrow().contact().details();
    }

    @Test
    void aPairIsListedWithItsReasonAndMergedWithTheChosenFieldsThenUndone() {
        ContactDetails ada = ContactDetails.named("Ada Lovelace").withEmails("ada@example.org").withCompany("Analytical Engine", null)
                .withAddresses("Home: 12 St James's Square\nLondon");
        ContactDetails countess = ContactDetails.named("Countess of Lovelace").withEmails("ADA@example.org")
                .withPhones("+44 20 7946 0001").withCompany("Royal Society", null).withAddresses("Work: Burlington House\nLondon");
        UUID first = contact(ada);
        UUID second = contact(countess);
        DuplicatesView page = pageShowing(first, second);
        DuplicateCard card = card(page, first, second);
        assertThat(card.pair.reasons()).containsExactly(DuplicateReason.SAME_EMAIL);
        assertThat(card.getElement().getTextRecursively()).contains("Same email", "Ada Lovelace", "Countess of Lovelace");

        _click(card.merge);
        MergeDialog dialog = _get(MergeDialog.class);
        assertThat(dialog.field("phones")).as("only one of them has a phone: nothing to choose").isNull();
        _setValue(dialog.keep, first);
        _setValue(dialog.field("company"), MergedDetails.Source.SECOND);
        _setValue(dialog.field("emails"), MergedDetails.Source.FIRST);
        assertThat(dialog.field("addresses").getItemLabelGenerator().apply(MergedDetails.Source.BOTH))
                .as("addresses are offered like the other lists, each on one line")
                .isEqualTo("Both: Home: 12 St James's Square, London / Work: Burlington House, London");
        _setValue(dialog.field("addresses"), MergedDetails.Source.BOTH);
        _click(dialog.merge);

        assertThat(card(page, first, second)).as("the merged pair leaves the page at once").isNull();
        await().pollInSameThread().untilAsserted(() -> {
            assertThat(details(first)).isEqualTo(new ContactDetails("Ada Lovelace", List.of("ada@example.org"),
                    List.of("+44 20 7946 0001"), "Royal Society", null, null, null, List.of(),
                    List.of("Home: 12 St James's Square\nLondon", "Work: Burlington House\nLondon")));
            assertThat(backend.find(new FetchMergedInto(account.owner(), second), MergedInto.class))
                    .hasValueSatisfying(into -> assertThat(into.keptContactId()).isEqualTo(first));
        });

        UI.getCurrent().navigate(ContactView.class, new RouteParameters("contactId", second.toString()));
        ContactView mergedPage = _get(ContactView.class);
        mergedPage.refresh();
        assertThat(mergedPage.getElement().getTextRecursively()).contains("Merged into Ada Lovelace");

        _click(_get(Button.class, spec -> spec.withText("Undo")));

        await().pollInSameThread().untilAsserted(() -> {
            assertThat(details(first)).isEqualTo(ada);
            assertThat(backend.find(new FetchMergedInto(account.owner(), second), MergedInto.class)).isEmpty();
            assertThat(pairs()).anyMatch(pair -> pair.involves(first) && pair.involves(second));
        });
    }

    @Test
    void theContactsPageLeadsToTheDuplicates() {
        UI.getCurrent().navigate(ContactsView.class);
        _click(_get(ContactsView.class).duplicates);
        assertThat(_get(DuplicatesView.class).intro.getText()).startsWith("People who look like one person");
    }

    @Test
    void notDuplicatesSetsAPairAsideForGood() {
        UUID one = contact(ContactDetails.named("Margaret Hamilton"));
        UUID other = contact(ContactDetails.named("Margaret Hamiltan"));
        DuplicatesView page = pageShowing(one, other);
        DuplicateCard card = card(page, one, other);
        assertThat(card.pair.reasons()).containsExactly(DuplicateReason.SIMILAR_NAME);

        _click(card.dismiss);

        assertThat(card(page, one, other)).isNull();
        await().pollInSameThread().untilAsserted(() -> {
            page.refresh();
            assertThat(card(page, one, other)).isNull();
            assertThat(pairs()).noneMatch(pair -> pair.involves(one) && pair.involves(other));
        });
    }
}
