package app.touchbase.ui.insights;

import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.cadence.api.CircleColour;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.circle.api.AddToCircle;
import app.touchbase.circle.api.CircleDetails;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.CreateCircle;
import app.touchbase.circle.api.FetchCircle;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.circle.api.SetCircleRule;
import app.touchbase.ui.KaribuTest;
import app.touchbase.ui.base.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InsightsViewTest extends KaribuTest {

    InsightsView open() {
        UI.getCurrent().navigate(InsightsView.class);
        return _get(InsightsView.class);
    }

    @Test
    void aNewNetworkShowsWhatToDoWhereTheChartsWouldBe() {
        String newcomer = "insights-" + UUID.randomUUID().toString().substring(0, 8);
        backend.send(new RegisterAccount(newcomer, "Newcomer", PASSWORD, ZoneId.of("Europe/London")));
        await().until(() -> backend.find(new FindLoginAccount(newcomer), LoginAccount.class).isPresent());
        signIn(newcomer);

        InsightsView view = open();

        assertThat(List.of(view.touchesChart, view.networkChart, view.circlesChart, view.giveAndAskChart))
                .allSatisfy(chart -> assertThat(chart.isVisible()).isFalse());
        assertThat(view.touchesText.getText()).isEqualTo(InsightsView.NO_TOUCHES);
        assertThat(view.networkText.getText()).isEqualTo(InsightsView.NO_NETWORK);
        assertThat(view.circlesText.getText()).isEqualTo(InsightsView.NO_CIRCLES);
        assertThat(view.giveAndAskText.getText()).isEqualTo(InsightsView.NO_GIVE_OR_ASK);
        assertThat(view.nobody.isVisible()).isTrue();
        assertThat(view.nobody.getText()).isEqualTo(InsightsView.NO_PEOPLE);
        assertThat(view.longest.isVisible()).isFalse();
        assertThat(view.neverTouched.isVisible()).isFalse();
    }

    @Test
    void chartsCarryTheirTotalsAndThoseWaitingLongestLinkToTheirPages() {
        LocalDate today = LocalDate.now(account.settings().zone());
        UUID ada = overdueContact("Ada Waiting");
        UUID cy = UUID.randomUUID();
        backend.send(new AddContact(cy, account.owner(), ContactDetails.named("Cy Giver")));
        backend.send(new LogInteraction(cy, account.owner(), UUID.randomUUID(), InteractionType.COFFEE_OR_LUNCH, today,
                Direction.GAVE, null));
        UUID bea = UUID.randomUUID();
        backend.send(new AddContact(bea, account.owner(), ContactDetails.named("Bea Never")));
        UUID friends = UUID.randomUUID();
        backend.send(new CreateCircle(friends, account.owner(), new CircleDetails("Close friends", null, CircleColour.RED)));
        backend.send(new SetCircleRule(friends, account.owner(), new KeepInTouchRule("monthly", "Any touch", Period.ofMonths(1), Set.of())));
        backend.send(new AddToCircle(friends, account.owner(), List.of(ada, cy)));
        await().pollInSameThread().until(() -> backend.find(new FetchCircle(account.owner(), friends), CircleSummary.class)
                .map(CircleSummary::settled).orElse(0) == 2);

        InsightsView view = open();
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(view.touchesText.getText()).startsWith("2 touches in the last 52 weeks: Call 1, Coffee or lunch 1.");
            assertThat(view.networkText.getText()).startsWith("On " + InsightCharts.DAY.format(today)
                    + ": 1 in touch, 0 snoozed, 0 due, 1 overdue. On " + InsightCharts.DAY.format(today.minusWeeks(12).plusDays(1))
                    + ": 0 in touch, 0 snoozed, 0 due, 0 overdue.");
        });
        assertThat(view.networkChart.isVisible()).isTrue();
        assertThat(view.networkChart.getSrc()).isNotBlank();
        assertThat(view.networkChart.getAlt()).hasValue(view.networkText.getText());
        assertThat(view.getChildren().map(child -> child.getElement().getText()))
                .as("the chart under its heading").containsSubsequence("Touches per week", "Your network over time");

        assertThat(view.touchesChart.isVisible()).isTrue();
        assertThat(view.touchesChart.getSrc()).isNotBlank();
        assertThat(view.touchesChart.getAlt()).hasValue(view.touchesText.getText());
        assertThat(view.circlesText.getText()).isEqualTo("Close friends: 1 in touch, 0 due, 1 overdue.");
        assertThat(view.circlesChart.getAlt()).hasValue(view.circlesText.getText());
        assertThat(view.giveAndAskText.getText()).contains("you gave once and asked 0 times; 1 touch was neither.");
        assertThat(view.giveAndAskChart.getAlt()).hasValue(view.giveAndAskText.getText());

        assertThat(_find(view.longest, ListItem.class)).extracting(item -> item.getElement().getTextRecursively())
                .containsExactly("Ada Waiting · 6 weeks ago (last touch " + Formats.day(today.minusDays(45)) + ")",
                        "Cy Giver · today (last touch " + Formats.day(today) + ")");
        assertThat(_find(view.longest, RouterLink.class)).extracting(RouterLink::getHref)
                .containsExactly("contacts/" + ada, "contacts/" + cy);
        assertThat(view.neverTouchedTitle.getText()).isEqualTo("Never touched (1)");
        assertThat(_find(view.neverTouched, RouterLink.class)).singleElement().satisfies(link -> {
            assertThat(link.getText()).isEqualTo("Bea Never");
            assertThat(link.getHref()).isEqualTo("contacts/" + bea);
        });
        assertThat(view.nobody.isVisible()).isFalse();
    }
}
