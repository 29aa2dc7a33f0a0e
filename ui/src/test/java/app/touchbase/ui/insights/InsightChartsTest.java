package app.touchbase.ui.insights;

import app.touchbase.asof.api.NetworkDay;
import app.touchbase.cadence.api.CircleColour;
import app.touchbase.insights.api.CircleStanding;
import app.touchbase.insights.api.TouchWeek;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.plan.api.GiveAndAsk;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Charts drawn from known numbers: well-formed SVG that scales, with the axis labels, legend and totals it was fed. */
class InsightChartsTest {

    static final LocalDate FIRST_WEEK = LocalDate.of(2025, 11, 24);

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    static void assertScalesToAnyWidth(Document svg) {
        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox").split(" ")).extracting(Double::parseDouble)
                .startsWith(0.0, 0.0, (double) InsightCharts.WIDTH);
        assertThat(root.getAttribute("width")).as("no fixed size: the page decides the width").isEmpty();
    }

    /** Leaves the drawn chart in target/ to look at. */
    static void keep(String name, InsightCharts.Chart chart) throws Exception {
        java.nio.file.Path charts = java.nio.file.Path.of("target", "insight-charts");
        java.nio.file.Files.createDirectories(charts);
        java.nio.file.Files.writeString(charts.resolve(name + ".svg"), chart.svg());
    }

    static List<TouchWeek> weeks() {
        return IntStream.range(0, 52).mapToObj(week -> new TouchWeek(FIRST_WEEK.plusWeeks(week), switch (week) {
            case 10 -> Map.of(InteractionType.CALL, 2, InteractionType.EMAIL, 1);
            case 51 -> Map.of(InteractionType.CALL, 1, InteractionType.COFFEE_OR_LUNCH, 3);
            default -> Map.<InteractionType, Integer>of();
        })).toList();
    }

    @Test
    void theNetworkOverTimeStacksWhereEveryoneStoodEachDay() throws Exception {
        LocalDate first = LocalDate.of(2026, 9, 7);
        List<NetworkDay> days = IntStream.range(0, 84).mapToObj(day -> new NetworkDay(first.plusDays(day),
                5 + day / 20, day >= 30 && day < 40 ? 1 : 0, day % 14 == 0 ? 2 : 0, day >= 50 && day < 60 ? day - 49 : 0)).toList();
        InsightCharts.Chart chart = InsightCharts.networkOverTime(days);
        keep("network-over-time", chart);

        Document svg = parse(chart.svg());
        assertScalesToAnyWidth(svg);
        assertThat(texts(svg)).contains("People with a rule", "In touch", "Snoozed", "Due", "Overdue");
        assertThat(chart.description()).isEqualTo("On 29 Nov 2026: 9 in touch, 0 snoozed, 0 due, 0 overdue."
                + " On 7 Sept 2026: 5 in touch, 0 snoozed, 2 due, 0 overdue. The most overdue at once: 10, on 5 Nov 2026.");
        assertThat(InsightCharts.describeNetwork(days.subList(0, 20)))
                .endsWith("Nobody was overdue on any of these days.");
    }

    @Test
    void touchesPerWeekStackTheTypesAndSayTheTotals() throws Exception {
        InsightCharts.Chart chart = InsightCharts.touchesPerWeek(weeks());
        keep("touches", chart);

        Document svg = parse(chart.svg());
        assertScalesToAnyWidth(svg);
        assertThat(texts(svg)).contains("Touches per week", "Email", "Call", "Coffee or lunch", "Mar 26", "Jun 26", "Sep 26")
                .doesNotContain("Meeting");
        assertThat(chart.description()).isEqualTo("7 touches in the last 52 weeks: Email 1, Call 3, Coffee or lunch 3."
                + " The busiest week began on 16 Nov 2026 with 4.");
    }

    @Test
    void eachCircleGetsABarOfInTouchDueAndOverdue() throws Exception {
        List<CircleStanding> circles = List.of(
                new CircleStanding(UUID.randomUUID(), "Family", CircleColour.RED, 4, 1, 2),
                new CircleStanding(UUID.randomUUID(), "Former colleagues at the old firm", CircleColour.TEAL, 10, 0, 3));

        InsightCharts.Chart chart = InsightCharts.circles(circles);
        keep("circles", chart);

        Document svg = parse(chart.svg());
        assertScalesToAnyWidth(svg);
        assertThat(texts(svg)).contains("People", "In touch", "Due", "Overdue", "Family", "Former colleagues…");
        java.awt.Color red = java.awt.Color.decode(CircleColour.RED.hex());
        assertThat(chart.svg()).as("the circle's name in its colour")
                .contains("fill: rgb(" + red.getRed() + "," + red.getGreen() + "," + red.getBlue() + ")");
        assertThat(chart.description()).isEqualTo("Family: 4 in touch, 1 due, 2 overdue."
                + " Former colleagues at the old firm: 10 in touch, 0 due, 3 overdue.");
    }

    @Test
    void giveAndAskShowTwelveMonthsSideBySide() throws Exception {
        List<GiveAndAsk> months = IntStream.range(0, 12).mapToObj(month -> {
            LocalDate since = LocalDate.of(2025, 12, 1).plusMonths(month);
            return new GiveAndAsk(since, since.plusMonths(1).minusDays(1), month == 3 ? 5 : 0, month == 11 ? 2 : 0, 1);
        }).toList();

        InsightCharts.Chart chart = InsightCharts.giveAndAsk(months);
        keep("give-and-ask", chart);

        Document svg = parse(chart.svg());
        assertScalesToAnyWidth(svg);
        assertThat(texts(svg)).contains("Touches per month", "Gave", "Asked")
                .as("every month named in full, none cut short").contains("Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                        "Aug", "Sep", "Oct", "Nov").noneMatch(text -> text.endsWith("..."));
        assertThat(chart.description()).isEqualTo("In the 12 months from Dec 2025 to Nov 2026 you gave 5 times and asked 2 times;"
                + " 12 touches were neither.");
    }
}
