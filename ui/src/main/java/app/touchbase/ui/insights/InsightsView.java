package app.touchbase.ui.insights;

import app.touchbase.asof.api.FetchNetworkOverTime;
import app.touchbase.asof.api.NetworkDay;
import app.touchbase.asof.api.NetworkOverTime;
import app.touchbase.insights.api.CircleStanding;
import app.touchbase.insights.api.FetchInsights;
import app.touchbase.insights.api.Insights;
import app.touchbase.insights.api.Untouched;
import app.touchbase.plan.api.GiveAndAsk;
import app.touchbase.ui.MainLayout;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.CurrentAccount;
import app.touchbase.ui.base.Formats;
import app.touchbase.ui.base.SignedIn;
import app.touchbase.ui.contact.ContactView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * How keeping in touch has gone, in pictures: touches per week by type, the network day by day over the last 12
 * weeks, how each circle stands, what was given and asked per month, and who has waited longest. Each chart has a sentence with its numbers beneath it.
 */
@Route(value = "insights", layout = MainLayout.class)
@PageTitle("Insights · Touchbase")
@PermitAll
public class InsightsView extends VerticalLayout {

    static final String NO_TOUCHES = "Log a few touches to see your rhythm here.";
    static final String NO_NETWORK = "Give a few people a keep-in-touch rule to see how many were in touch, due or overdue on each day.";
    static final int NETWORK_WEEKS = 12;
    static final String NO_CIRCLES = "Make a circle and give it a keep-in-touch rule to see who in it is in touch, due or overdue.";
    static final String NO_GIVE_OR_ASK = "Mark a touch as giving or asking when you log it to see the balance here.";
    static final String NO_PEOPLE = "Add a few people to see who you have not been in touch with for longest.";

    final Image touchesChart = chartImage("touches-chart");
    final Paragraph touchesText = text("touches-text");
    final Image networkChart = chartImage("network-chart");
    final Paragraph networkText = text("network-text");
    final Image circlesChart = chartImage("circles-chart");
    final Paragraph circlesText = text("circles-text");
    final Image giveAndAskChart = chartImage("give-and-ask-chart");
    final Paragraph giveAndAskText = text("give-and-ask-text");
    final UnorderedList longest = new UnorderedList();
    final H4 neverTouchedTitle = new H4();
    final UnorderedList neverTouched = new UnorderedList();
    final Paragraph nobody = text("nobody");
    private final Backend backend;
    private final SignedIn account;

    public InsightsView(Backend backend, CurrentAccount signedIn) {
        this.backend = backend;
        this.account = SignedIn.of(signedIn);
        setMaxWidth("48rem");
        longest.setId("longest-untouched");
        neverTouched.setId("never-touched");
        nobody.setText(NO_PEOPLE);
        add(new H2("Insights"),
                new H3("Touches per week"), touchesChart, touchesText,
                new H3("Your network over time"), networkChart, networkText,
                new H3("Circles today"), circlesChart, circlesText,
                new H3("Give and ask per month"), giveAndAskChart, giveAndAskText,
                new H3("Longest without a touch"), nobody, longest, neverTouchedTitle, neverTouched);
        refresh();
    }

    void refresh() {
        Insights insights = backend.query(new FetchInsights(account.owner()), Insights.class);
        showTouches(insights);
        showNetwork(backend.query(new FetchNetworkOverTime(account.owner(),
                insights.today().minusWeeks(NETWORK_WEEKS).plusDays(1), insights.today()), NetworkOverTime.class).days());
        showCircles(insights.circles());
        showGiveAndAsk(insights.months());
        showUntouched(insights);
    }

    private void showTouches(Insights insights) {
        boolean any = insights.touchesInWeeks() > 0;
        show(touchesChart, touchesText, any ? InsightCharts.touchesPerWeek(insights.weeks()) : null, NO_TOUCHES, "touches-per-week.svg");
    }

    private void showNetwork(List<NetworkDay> days) {
        boolean any = days.stream().anyMatch(day -> day.total() > 0);
        show(networkChart, networkText, any ? InsightCharts.networkOverTime(days) : null, NO_NETWORK, "network-over-time.svg");
    }

    private void showCircles(List<CircleStanding> circles) {
        boolean any = circles.stream().anyMatch(circle -> circle.total() > 0);
        show(circlesChart, circlesText, any ? InsightCharts.circles(circles) : null, NO_CIRCLES, "circles.svg");
    }

    private void showGiveAndAsk(List<GiveAndAsk> months) {
        boolean any = months.stream().anyMatch(month -> month.gave() + month.asked() > 0);
        show(giveAndAskChart, giveAndAskText, any ? InsightCharts.giveAndAsk(months) : null, NO_GIVE_OR_ASK, "give-and-ask.svg");
    }

    private void showUntouched(Insights insights) {
        longest.removeAll();
        insights.longestUntouched().forEach(person -> longest.add(new ListItem(link(person),
                new Span(" · " + since(person, insights.today()) + " (last touch " + Formats.day(person.lastTouchOn()) + ")"))));
        neverTouched.removeAll();
        insights.neverTouched().forEach(person -> neverTouched.add(new ListItem(link(person))));
        int more = insights.neverTouchedCount() - insights.neverTouched().size();
        if (more > 0) {
            neverTouched.add(new ListItem("and " + more + " more"));
        }
        neverTouchedTitle.setText("Never touched (" + insights.neverTouchedCount() + ")");
        boolean none = insights.longestUntouched().isEmpty() && insights.neverTouchedCount() == 0;
        nobody.setVisible(none);
        longest.setVisible(!insights.longestUntouched().isEmpty());
        neverTouchedTitle.setVisible(insights.neverTouchedCount() > 0);
        neverTouched.setVisible(insights.neverTouchedCount() > 0);
    }

    /** "today", "3 days ago", "5 months ago". */
    static String since(Untouched person, LocalDate today) {
        return person.daysSince() == 0 ? "today" : Formats.howLong(person.lastTouchOn(), today) + " ago";
    }

    private static RouterLink link(Untouched person) {
        return new RouterLink(person.name(), ContactView.class, new RouteParameters("contactId", person.contactId().toString()));
    }

    private static void show(Image image, Paragraph text, InsightCharts.Chart chart, String empty, String fileName) {
        if (chart == null) {
            image.setVisible(false);
            image.setAlt("");
            text.setText(empty);
            return;
        }
        byte[] svg = chart.svg().getBytes(StandardCharsets.UTF_8);
        image.setSrc(DownloadHandler.fromInputStream(download ->
                new DownloadResponse(new ByteArrayInputStream(svg), fileName, "image/svg+xml", svg.length)));
        image.setAlt(chart.description());
        image.setVisible(true);
        text.setText(chart.description());
    }

    private static Image chartImage(String id) {
        Image image = new Image();
        image.setId(id);
        image.setWidthFull();
        image.setMaxWidth("40rem");
        return image;
    }

    private static Paragraph text(String id) {
        Paragraph paragraph = new Paragraph();
        paragraph.setId(id);
        paragraph.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.Top.NONE);
        return paragraph;
    }
}
