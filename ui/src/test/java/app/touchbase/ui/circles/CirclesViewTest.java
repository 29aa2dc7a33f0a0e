package app.touchbase.ui.circles;

import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.cadence.api.CircleColour;
import app.touchbase.circle.api.AddToCircle;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.ListCircles;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.plan.api.WeeklyBudget;
import app.touchbase.ui.KaribuTest;
import app.touchbase.ui.contact.ContactPages;
import app.touchbase.ui.contact.ContactView;
import app.touchbase.ui.contact.RuleDialog;
import app.touchbase.ui.contacts.Contacts;
import app.touchbase.ui.contacts.ContactsView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Circles page, a circle's page and putting many people into a circle from the Contacts grid, with undo. */
class CirclesViewTest extends KaribuTest {

    UUID contact(String name, String... tags) {
        UUID id = UUID.randomUUID();
        backend.send(new AddContact(id, account.owner(), ContactDetails.named(name).withTags(tags)));
        return id;
    }

    CircleSummary circleNamed(String name) {
        return backend.list(new ListCircles(account.owner(), true), CircleSummary.class).stream()
                .filter(circle -> circle.details().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No circle " + name + " (yet)"));
    }

    CircleView createCircleWithRule(String name) {
        UI.getCurrent().navigate(CirclesView.class);
        CirclesView circles = _get(CirclesView.class);
        _click(circles.create);
        CircleFormDialog form = _get(CircleFormDialog.class);
        _setValue(form.name, name);
        _setValue(form.colour, CircleColour.GREEN);
        _click(form.save);
        CircleView page = _get(CircleView.class);
        await().pollInSameThread().untilAsserted(() -> {
            page.refresh();
            assertThat(page.name.getText()).isEqualTo(name);
        });
        assertThat(page.standing.getText()).contains("0 people", "No rule yet");

        _click(page.addRule);
        RuleDialog rule = _get(RuleDialog.class);
        _setValue(rule.label, "Any touch");
        _setValue(rule.every, CadencePreset.QUARTERLY);
        _click(rule.save);
        await().pollInSameThread().untilAsserted(() -> {
            page.refresh();
            assertThat(page.rules.getChildren().map(item -> item.getElement().getTextRecursively()).toList())
                    .singleElement().asString().startsWith("Any touch: any touch every 3 months");
        });
        return page;
    }

    @Test
    void aCircleIsMadeGivenARuleAndListedWithItsRuleAndWhetherTheRulesFitTheBudget() {
        CircleView page = createCircleWithRule("Quarterly list");
        assertThat(page.capacity.message.getText()).as("where rules are set, whether they fit the weekly budget")
                .contains("your budget of " + WeeklyBudget.DEFAULT + " a week");

        UI.getCurrent().navigate(CirclesView.class);
        CirclesView circles = _get(CirclesView.class);
        circles.refresh();
        assertThat(GridKt._findAll(circles.circles)).anySatisfy(circle -> {
            assertThat(circle.details().name()).isEqualTo("Quarterly list");
            assertThat(CirclesView.rules(circle)).isEqualTo("Any touch: any touch every 3 months");
        });
        assertThat(circles.empty.isVisible()).isFalse();
        assertThat(circles.capacity.message.getText()).contains("your budget of " + WeeklyBudget.DEFAULT + " a week");
    }

    @Test
    @SuppressWarnings("unchecked")
    void manyPeopleJoinACircleFromTheContactsGridAndUndoTakesOutExactlyThem() {
        createCircleWithRule("Former team");
        List<UUID> people = IntStream.range(0, 6).mapToObj(i -> contact("Bulk person " + i, "formerteam")).toList();
        UI.getCurrent().navigate(ContactsView.class);
        ContactsView view = _get(ContactsView.class);
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            _setValue(view.tag, "formerteam");
            assertThat(GridKt._size(view.contacts)).isEqualTo(6);
        });

        _click(view.selectAll);
        assertThat(view.chosen()).containsExactlyInAnyOrderElementsOf(people);
        _click(view.addToCircle);
        CircleBulkDialog dialog = _get(CircleBulkDialog.class);
        _setValue(dialog.circle, circleNamed("Former team"));
        _click(dialog.add);

        await().pollInSameThread().untilAsserted(() -> assertThat(circleNamed("Former team").settled()).isEqualTo(6));
        NextTouch first = backend.find(new FetchNextTouch(account.owner(), people.get(0)), NextTouch.class).orElseThrow();
        assertThat(first.circles()).extracting(circle -> circle.name()).containsExactly("Former team");
        view.refresh();
        ContactSummary row = GridKt._get(view.contacts, 0);
        assertThat(row.circles()).hasSize(1);

        Button undo = _get(Button.class, spec -> spec.withText("Undo"));
        _click(undo);
        await().pollInSameThread().untilAsserted(() -> assertThat(circleNamed("Former team").members()).isEmpty());
        await().pollInSameThread().untilAsserted(() -> assertThat(circleNamed("Former team").settled()).isZero());
    }

    @Test
    void aNewCircleCanBeTypedInTheBulkDialogAndTheCircleFilterAndNoRuleFilterNarrowTheGrid() {
        UUID ada = contact("Filter Ada");
        UUID bob = contact("Filter Bob");
        UI.getCurrent().navigate(ContactsView.class);
        ContactsView view = _get(ContactsView.class);
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            _setValue(view.search, "Filter");
            assertThat(GridKt._size(view.contacts)).isEqualTo(2);
        });
        view.contacts.select(GridKt._get(view.contacts, 0));
        _click(view.addToCircle);
        CircleBulkDialog dialog = _get(CircleBulkDialog.class);
        dialog.typeNewCircle("Book club");
        _click(dialog.add);

        await().pollInSameThread().untilAsserted(() -> assertThat(circleNamed("Book club").settled()).isEqualTo(1));
        CircleSummary bookClub = circleNamed("Book club");
        assertThat(bookClub.members()).containsExactly(ada);
        view.refresh();
        _setValue(view.circle, bookClub.ref());
        assertThat(GridKt._size(view.contacts)).isEqualTo(1);
        assertThat(GridKt._get(view.contacts, 0).contactId()).isEqualTo(ada);
        _setValue(view.circle, null);
        _setValue(view.withoutRules, true);
        assertThat(IntStream.range(0, GridKt._size(view.contacts)).mapToObj(i -> GridKt._get(view.contacts, i).contactId()))
                .contains(ada, bob);
    }

    @Test
    void aTagBecomesACircleInOneStepAndAFullCircleCannotBeDeleted() {
        contact("Tag Mentor One", "mentorship");
        contact("Tag Mentor Two", "mentorship");
        contact("Not A Mentor", "peer");
        await().pollInSameThread().untilAsserted(() -> assertThat(
                Contacts.matching(backend, new SearchContacts(account.owner(), null, "mentorship", false, 0, 10)))
                .hasSize(2));
        UI.getCurrent().navigate(CirclesView.class);
        _click(_get(CirclesView.class).fromTag);
        TagCircleDialog tagDialog = _get(TagCircleDialog.class);
        _setValue(tagDialog.tag, "mentorship");
        assertThat(tagDialog.who.getText()).isEqualTo("2 people have this tag.");
        _click(tagDialog.next);
        CircleFormDialog form = _get(CircleFormDialog.class);
        assertThat(form.name.getValue()).isEqualTo("Mentorship");
        _click(form.save);

        CircleView page = _get(CircleView.class);
        await().pollInSameThread().untilAsserted(() -> {
            page.refresh();
            assertThat(GridKt._size(page.members)).isEqualTo(2);
        });
        assertThat(page.delete.isEnabled()).isFalse();
        assertThat(page.standing.getText()).startsWith("2 people");
    }

    @Test
    void aMemberKeepsACirclesRuleInTheirOwnVersionFromTheirPageAndGoesBack() {
        createCircleWithRule("Mentors");
        UUID grace = contact("Override Grace");
        await().pollInSameThread().until(() -> backend.find(new FetchNextTouch(account.owner(), grace), NextTouch.class).isPresent());
        backend.send(new AddToCircle(circleNamed("Mentors").circleId(), account.owner(), List.of(grace)));
        ContactView page = ContactPages.open(grace);
        await().pollInSameThread().untilAsserted(() -> {
            page.refresh();
            assertThat(page.keepInTouch.rules.isVisible()).isTrue();
        });

        _click(_get(page.keepInTouch.rules, Button.class, spec -> spec.withText("Change for Override Grace")));
        RuleDialog dialog = _get(RuleDialog.class);
        assertThat(dialog.label.getValue()).isEqualTo("Mentors · Any touch");
        _setValue(dialog.every, CadencePreset.TWICE_A_YEAR);
        _click(dialog.save);
        await().pollInSameThread().untilAsserted(() -> {
            page.refresh();
            assertThat(page.keepInTouch.rules.getElement().getTextRecursively()).contains("twice a year", "changed for Override Grace");
        });

        _click(_get(page.keepInTouch.rules, Button.class, spec -> spec.withText("Back to the circle's rule")));
        await().pollInSameThread().untilAsserted(() -> {
            page.refresh();
            assertThat(page.keepInTouch.rules.getElement().getTextRecursively()).contains("every 3 months").doesNotContain("changed for");
        });
    }
}
