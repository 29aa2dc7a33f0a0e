package app.touchbase.ui.insights;

import app.touchbase.asof.api.NetworkDay;
import app.touchbase.insights.api.CircleStanding;
import app.touchbase.insights.api.TouchWeek;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.plan.api.GiveAndAsk;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimeTableXYDataset;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;

/**
 * Draws the insights page's charts as SVG with JFreeChart, each with a sentence that says what it shows.
 * Charts are drawn for a phone's width (400 units, 13-point text) and scale to any width through their view box,
 * so the text stays legible on a 390 px screen and the picture sharp on a wide one. Colours come from the
 * Okabe–Ito palette, told apart by most colour-blind readers.
 */
public final class InsightCharts {

    static final int WIDTH = 400;
    static final Color IN_TOUCH = new Color(0x0072B2);
    static final Color DUE = new Color(0xE69F00);
    static final Color OVERDUE = new Color(0xD55E00);
    static final Color SNOOZED = new Color(0x999999);
    static final Color GAVE = new Color(0x009E73);
    static final Color ASKED = new Color(0xCC79A7);
    static final Map<InteractionType, Color> TYPE_COLOURS = typeColours();

    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Color GRID = new Color(0xDDDDDD);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    /** Three letters for every month ("Sep", not the UK's "Sept"), so each fits its place on the axis. */
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.US);
    private static final DateTimeFormatter MONTH_AND_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private InsightCharts() {
    }

    /** A drawn chart and the sentence that tells its numbers, for the page, its alt text and screen readers. */
    public record Chart(String svg, String description) {
    }

    /** Stacked bars: each week's touches by type, the current week last. */
    public static Chart touchesPerWeek(List<TouchWeek> weeks) {
        Set<InteractionType> present = new HashSet<>();
        weeks.forEach(week -> present.addAll(week.byType().keySet()));
        List<InteractionType> types = present.stream().sorted().toList();
        TimeTableXYDataset dataset = new TimeTableXYDataset(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.UK);
        for (TouchWeek week : weeks) {
            SimpleTimePeriod period = new SimpleTimePeriod(date(week.weekStart()), date(week.weekStart().plusDays(7)));
            for (InteractionType type : types) {
                dataset.add(period, week.of(type), type.label(), false);
            }
        }
        DateAxis time = new DateAxis();
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        SimpleDateFormat monthFormat = new SimpleDateFormat("MMM yy", Locale.US);
        monthFormat.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        time.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, weeks.size() > 16 ? 3 : 1, monthFormat));
        NumberAxis touches = countAxis();
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.15);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        for (int series = 0; series < types.size(); series++) {
            renderer.setSeriesPaint(series, TYPE_COLOURS.get(types.get(series)));
        }
        XYPlot plot = new XYPlot(dataset, time, touches, renderer);
        plot.setDomainGridlinesVisible(false);
        style(plot);
        return new Chart(svg(chart(plot, "Touches per week"), 280), describeWeeks(weeks, types));
    }

    /** One stacked horizontal bar per circle: its members in touch, due and overdue. */
    public static Chart circles(List<CircleStanding> circles) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> labels = labels(circles);
        for (int i = 0; i < circles.size(); i++) {
            CircleStanding circle = circles.get(i);
            dataset.addValue(circle.inTouch(), "In touch", labels.get(i));
            dataset.addValue(circle.due(), "Due", labels.get(i));
            dataset.addValue(circle.overdue(), "Overdue", labels.get(i));
        }
        CategoryAxis names = new CategoryAxis();
        names.setMaximumCategoryLabelWidthRatio(0.42f);
        for (int i = 0; i < circles.size(); i++) {
            names.setTickLabelPaint(labels.get(i), Color.decode(circles.get(i).colour().hex()));
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        barStyle(renderer, IN_TOUCH, DUE, OVERDUE);
        CategoryPlot plot = new CategoryPlot(dataset, names, countAxis(), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        style(plot);
        return new Chart(svg(chart(plot, "People"), 90 + 36 * Math.max(1, circles.size())), describeCircles(circles));
    }

    /** Side-by-side bars per month: how often the owner gave and how often they asked. */
    public static Chart giveAndAsk(List<GiveAndAsk> months) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (GiveAndAsk month : months) {
            String label = MONTH.format(month.since());
            dataset.addValue(month.gave(), "Gave", label);
            dataset.addValue(month.asked(), "Asked", label);
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setItemMargin(0.0);
        barStyle(renderer, GAVE, ASKED);
        CategoryAxis monthAxis = new CategoryAxis();
        monthAxis.setCategoryMargin(0.2);
        monthAxis.setLowerMargin(0.01);
        monthAxis.setUpperMargin(0.01);
        monthAxis.setMaximumCategoryLabelWidthRatio(1.2f);
        CategoryPlot plot = new CategoryPlot(dataset, monthAxis, countAxis(), renderer);
        style(plot);
        return new Chart(svg(chart(plot, "Touches per month"), 260), describeGiveAndAsk(months));
    }

    /** A stacked area over the days: how many people with a rule were in touch, snoozed, due and overdue each day. */
    public static Chart networkOverTime(List<NetworkDay> days) {
        TimeTableXYDataset dataset = new TimeTableXYDataset(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.UK);
        for (NetworkDay day : days) {
            Day period = new Day(date(day.day()), TimeZone.getTimeZone(ZoneOffset.UTC), Locale.UK);
            dataset.add(period, day.inTouch(), "In touch", false);
            dataset.add(period, day.snoozed(), "Snoozed", false);
            dataset.add(period, day.due(), "Due", false);
            dataset.add(period, day.overdue(), "Overdue", false);
        }
        DateAxis time = new DateAxis();
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        SimpleDateFormat monthFormat = new SimpleDateFormat("d MMM", Locale.US);
        monthFormat.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        time.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, days.size() > 60 ? 28 : 7, monthFormat));
        time.setLowerMargin(0);
        time.setUpperMargin(0);
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        Color[] colours = {IN_TOUCH, SNOOZED, DUE, OVERDUE};
        for (int series = 0; series < colours.length; series++) {
            renderer.setSeriesPaint(series, colours[series]);
        }
        XYPlot plot = new XYPlot(dataset, time, countAxis(), renderer);
        plot.setDomainGridlinesVisible(false);
        style(plot);
        return new Chart(svg(chart(plot, "People with a rule"), 280), describeNetwork(days));
    }

    static String describeNetwork(List<NetworkDay> days) {
        NetworkDay last = days.get(days.size() - 1);
        NetworkDay first = days.get(0);
        NetworkDay mostOverdue = days.stream().max(Comparator.comparingInt(NetworkDay::overdue)
                .thenComparing(NetworkDay::day)).orElseThrow();
        return "On " + DAY.format(last.day()) + ": " + standing(last) + ". On " + DAY.format(first.day()) + ": "
                + standing(first) + "."
                + (mostOverdue.overdue() == 0 ? " Nobody was overdue on any of these days."
                : " The most overdue at once: " + mostOverdue.overdue() + ", on " + DAY.format(mostOverdue.day()) + ".");
    }

    private static String standing(NetworkDay day) {
        return day.inTouch() + " in touch, " + day.snoozed() + " snoozed, " + day.due() + " due, " + day.overdue() + " overdue";
    }

    static String describeWeeks(List<TouchWeek> weeks, List<InteractionType> types) {
        int total = weeks.stream().mapToInt(TouchWeek::total).sum();
        if (total == 0) {
            return "No touches in the last " + weeks.size() + " weeks.";
        }
        String byType = types.stream()
                .map(type -> type.label() + " " + weeks.stream().mapToInt(week -> week.of(type)).sum())
                .collect(Collectors.joining(", "));
        TouchWeek busiest = weeks.stream().max(Comparator.comparingInt(TouchWeek::total)
                .thenComparing(TouchWeek::weekStart)).orElseThrow();
        return total + (total == 1 ? " touch" : " touches") + " in the last " + weeks.size() + " weeks: " + byType
                + ". The busiest week began on " + DAY.format(busiest.weekStart()) + " with " + busiest.total() + ".";
    }

    static String describeCircles(List<CircleStanding> circles) {
        return circles.stream()
                .map(circle -> circle.name() + ": " + circle.inTouch() + " in touch, " + circle.due() + " due, "
                        + circle.overdue() + " overdue.")
                .collect(Collectors.joining(" "));
    }

    static String describeGiveAndAsk(List<GiveAndAsk> months) {
        int gave = months.stream().mapToInt(GiveAndAsk::gave).sum();
        int asked = months.stream().mapToInt(GiveAndAsk::asked).sum();
        int neutral = months.stream().mapToInt(GiveAndAsk::neutral).sum();
        String span = months.isEmpty() ? "" : " from " + MONTH_AND_YEAR.format(months.get(0).since()) + " to "
                + MONTH_AND_YEAR.format(months.get(months.size() - 1).since());
        return "In the " + months.size() + " months" + span + " you gave " + times(gave) + " and asked " + times(asked)
                + "; " + neutral + (neutral == 1 ? " touch was" : " touches were") + " neither.";
    }

    private static String times(int count) {
        return count == 1 ? "once" : count + " times";
    }

    /** Circle names as the axis shows them: shortened if long, and told apart if two are called the same. */
    private static List<String> labels(List<CircleStanding> circles) {
        List<String> labels = new ArrayList<>();
        for (CircleStanding circle : circles) {
            String name = circle.name().length() > 18 ? circle.name().substring(0, 17) + "…" : circle.name();
            String label = name;
            for (int copy = 2; labels.contains(label); copy++) {
                label = name + " (" + copy + ")";
            }
            labels.add(label);
        }
        return labels;
    }

    private static NumberAxis countAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return axis;
    }

    private static void barStyle(BarRenderer renderer, Color... colours) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        for (int series = 0; series < colours.length; series++) {
            renderer.setSeriesPaint(series, colours[series]);
        }
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.getDomainAxis().setTickLabelFont(TEXT);
        plot.getRangeAxis().setTickLabelFont(TEXT);
        plot.getRangeAxis().setLabelFont(TEXT);
    }

    private static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.getDomainAxis().setTickLabelFont(TEXT);
        plot.getRangeAxis().setTickLabelFont(TEXT);
        plot.getRangeAxis().setLabelFont(TEXT);
    }

    /**
     * The chart with its legend and, above the plot, what the numbers count: a title rather than a rotated axis label,
     * which would be drawn as outlines instead of text, and wastes a phone's width.
     */
    private static JFreeChart chart(org.jfree.chart.plot.Plot plot, String counts) {
        JFreeChart chart = new JFreeChart(null, TEXT, plot, true);
        TextTitle unit = new TextTitle(counts, TEXT);
        unit.setPosition(RectangleEdge.TOP);
        unit.setHorizontalAlignment(HorizontalAlignment.LEFT);
        unit.setPaint(new Color(0x555555));
        chart.addSubtitle(unit);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 2, 4, 8));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.TOP);
        return chart;
    }

    private static String svg(JFreeChart chart, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, height);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, height));
        return graphics.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, height),
                PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static Map<InteractionType, Color> typeColours() {
        Map<InteractionType, Color> colours = new EnumMap<>(InteractionType.class);
        colours.put(InteractionType.EMAIL, new Color(0x0072B2));
        colours.put(InteractionType.CALL, new Color(0xE69F00));
        colours.put(InteractionType.COFFEE_OR_LUNCH, new Color(0x8C564B));
        colours.put(InteractionType.MEETING, new Color(0x009E73));
        colours.put(InteractionType.MESSAGE, new Color(0x56B4E9));
        colours.put(InteractionType.ARTICLE_SENT, new Color(0xCC79A7));
        colours.put(InteractionType.INTRODUCTION, new Color(0xD55E00));
        colours.put(InteractionType.FAVOR_GIVEN, new Color(0x117733));
        colours.put(InteractionType.FAVOR_RECEIVED, new Color(0x882255));
        colours.put(InteractionType.HOLIDAY_NOTE, new Color(0xB8860B));
        colours.put(InteractionType.OTHER, new Color(0x777777));
        return colours;
    }
}
