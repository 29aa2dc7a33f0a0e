package app.touchbase.ui.due;

import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.plan.api.FetchThisWeek;
import app.touchbase.plan.api.FetchWeeklyBudget;
import app.touchbase.plan.api.PlanItem;
import app.touchbase.plan.api.PlanItemStatus;
import app.touchbase.plan.api.PlanSource;
import app.touchbase.plan.api.ThisWeek;
import app.touchbase.plan.api.WeeklyBudget;
import app.touchbase.ui.KaribuTest;
import app.touchbase.ui.contact.LogTouchDialog;
import app.touchbase.ui.settings.SettingsView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ThisWeekPanelTest extends KaribuTest {

    @Test
    void theDuePageOpensOnThisWeeksPlanWithinTheBudgetAndEachPersonCanBeDoneSkippedOrAdded() {
        UI.getCurrent().navigate(SettingsView.class);
        SettingsView settings = _get(SettingsView.class);
        assertThat(settings.budget.getValue()).isEqualTo(WeeklyBudget.DEFAULT);
        settings.budget.setValue(2);
        assertThat(settings.capacity.getText()).as("the sentence follows the field before saving")
                .isEqualTo("Nobody has a keep-in-touch rule yet, so your budget of 2 a week is free.");
        _click(settings.saveBudget);
        await().pollInSameThread().until(() -> backend.query(new FetchWeeklyBudget(account.owner()), WeeklyBudget.class).peoplePerWeek() == 2);

        monthlyLastTouched(ContactDetails.named("Plan Ada").withEmails("ada@example.com"), 60);
        monthlyLastTouched(new ContactDetails("Plan Bob", List.of(), List.of("+44 20 7946 0001"), null, null, Channel.PHONE,
                null, List.of()), 55);
        UUID cy = monthlyLastTouched(ContactDetails.named("Plan Cy"), 50);

        UI.getCurrent().navigate(DueView.class);
        DueView view = _get(DueView.class);
        assertThat(view.tabs.getSelectedTab()).isEqualTo(view.thisWeekTab);
        ThisWeekPanel plan = view.thisWeek;
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(rows(plan)).extracting(PlanItem::name).containsExactly("Plan Ada", "Plan Bob");
        });
        assertThat(backend.query(new FetchThisWeek(account.owner()), ThisWeek.class).recorded())
                .as("until the first action the plan is a proposal that follows the budget").isFalse();
        assertThat(plan.heading.getText()).contains("budget 2 a week: 0 of 2 done. 1 more is due");
        assertThat(((Anchor) PlanCard.reach(rows(plan).get(0))).getHref()).isEqualTo("mailto:ada@example.com?subject=Catching%20up");
        assertThat(((Anchor) PlanCard.reach(rows(plan).get(1))).getHref()).isEqualTo("tel:+442079460001");
        assertThat(((Anchor) PlanCard.reach(rows(plan).get(1))).getText()).as("a British number for an owner in London")
                .isEqualTo("Call 020 7946 0001");

        assertThat(PlanCard.why(rows(plan).get(0))).startsWith("overdue ").endsWith(" · nothing given or asked in 12 months");

        _click(button(plan, 1, "Skip"));
        assertThat(rows(plan).get(1).status()).isEqualTo(PlanItemStatus.SKIPPED);
        await().pollInSameThread().until(() -> backend.query(new FetchThisWeek(account.owner()), ThisWeek.class).recorded());
        _click(button(plan, 0, "Done"));
        _click(_get(LogTouchDialog.class).save);
        assertThat(rows(plan).get(0).status()).isEqualTo(PlanItemStatus.DONE);

        plan.pullIn(cy, "Plan Cy");
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(rows(plan)).extracting(PlanItem::name, PlanItem::status, PlanItem::source).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Plan Ada", PlanItemStatus.DONE, PlanSource.PROPOSED),
                    org.assertj.core.groups.Tuple.tuple("Plan Bob", PlanItemStatus.SKIPPED, PlanSource.PROPOSED),
                    org.assertj.core.groups.Tuple.tuple("Plan Cy", PlanItemStatus.OPEN, PlanSource.PULLED_IN));
        });
        assertThat(plan.capacity.message.getText()).isEqualTo("Your rules for 3 people (most of them every month) ask for about 1 touch a week; "
                + "your budget of 2 a week covers that.");
    }

    private static Button button(ThisWeekPanel plan, int row, String text) {
        PlanCard card = plan.cards().get(row);
        return List.of(card.done, card.skip, card.nextWeek).stream().filter(button -> button.getText().equals(text))
                .findFirst().orElseThrow();
    }

    private static List<PlanItem> rows(ThisWeekPanel plan) {
        return plan.cards().stream().map(card -> card.item).toList();
    }
}
