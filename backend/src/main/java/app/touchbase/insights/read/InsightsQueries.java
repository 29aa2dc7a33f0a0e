package app.touchbase.insights.read;

import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.ListCircles;
import app.touchbase.contact.api.CountGiveAndAsk;
import app.touchbase.contact.api.GiveAndAskCounts;
import app.touchbase.contact.api.ListLoggedTouches;
import app.touchbase.contact.api.LoggedTouches;
import app.touchbase.insights.api.CircleStanding;
import app.touchbase.insights.api.FetchInsights;
import app.touchbase.insights.api.Insights;
import app.touchbase.insights.api.TouchWeek;
import app.touchbase.insights.api.Untouched;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.nexttouch.api.ListLongestUntouched;
import app.touchbase.nexttouch.api.LongestUntouched;
import app.touchbase.plan.PlanCalendar;
import app.touchbase.plan.api.GiveAndAsk;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.InvalidInputException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the insights when asked, on today in the owner's zone: one read of the touches of the last year (without
 * notes), the circles' tallies, and the longest untouched from the next-touch documents.
 */
@Component
public class InsightsQueries {

    private final QueryGateway queries;
    private final PlanCalendar calendar;

    public InsightsQueries(QueryGateway queries, PlanCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    @QueryHandler
    public Insights handle(FetchInsights query) {
        Inputs.requireOwner(query.owner());
        if (query.weeks() < 1 || query.weeks() > FetchInsights.MAX_WEEKS) {
            throw new InvalidInputException("weeks", "Show 1 to " + FetchInsights.MAX_WEEKS + " weeks, not " + query.weeks() + ".");
        }
        String owner = query.owner();
        LocalDate today = calendar.today(owner);
        LocalDate firstWeek = calendar.weekStartOf(owner, today).minusWeeks(query.weeks() - 1L);
        YearMonth firstMonth = GiveAndAsk.firstMonth(today);
        List<LoggedTouches.Touch> touches = queries.query(new ListLoggedTouches(owner, firstWeek, today),
                ResponseTypes.instanceOf(LoggedTouches.class)).join().touches();
        GiveAndAskCounts counts = queries.query(new CountGiveAndAsk(owner, firstMonth, YearMonth.from(today)),
                ResponseTypes.instanceOf(GiveAndAskCounts.class)).join();
        LongestUntouched untouched = queries.query(new ListLongestUntouched(owner, FetchInsights.LONGEST_UNTOUCHED),
                ResponseTypes.instanceOf(LongestUntouched.class)).join();
        return new Insights(today, weeks(touches, firstWeek, query.weeks(), today), circles(owner),
                months(counts, firstMonth, today),
                untouched.touched().stream().map(contact -> untouched(contact, today)).toList(),
                untouched.neverTouched().stream().map(contact -> untouched(contact, today)).toList(),
                untouched.neverTouchedCount());
    }

    private static List<TouchWeek> weeks(List<LoggedTouches.Touch> touches, LocalDate firstWeek, int weeks, LocalDate today) {
        List<Map<InteractionType, Integer>> counts = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            counts.add(new EnumMap<>(InteractionType.class));
        }
        for (LoggedTouches.Touch touch : touches) {
            if (touch.occurredOn() == null || touch.occurredOn().isBefore(firstWeek) || touch.occurredOn().isAfter(today)) {
                continue;
            }
            int week = (int) (ChronoUnit.DAYS.between(firstWeek, touch.occurredOn()) / 7);
            InteractionType type = touch.type() == null ? InteractionType.OTHER : touch.type();
            counts.get(week).merge(type, 1, Integer::sum);
        }
        List<TouchWeek> result = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            result.add(new TouchWeek(firstWeek.plusWeeks(week), counts.get(week)));
        }
        return result;
    }

    private static List<GiveAndAsk> months(GiveAndAskCounts counts, YearMonth firstMonth, LocalDate today) {
        List<GiveAndAsk> months = new ArrayList<>();
        for (int month = 0; month < GiveAndAsk.MONTHS; month++) {
            YearMonth current = firstMonth.plusMonths(month);
            LocalDate end = current.atEndOfMonth().isAfter(today) ? today : current.atEndOfMonth();
            months.add(GiveAndAsk.of(current.atDay(1), end, counts.in(current)));
        }
        return months;
    }

    private List<CircleStanding> circles(String owner) {
        return queries.query(new ListCircles(owner, false), ResponseTypes.multipleInstancesOf(CircleSummary.class)).join()
                .stream()
                .map(circle -> new CircleStanding(circle.circleId(), circle.details().name(), circle.details().colour(),
                        Math.max(0, circle.settled() - circle.due() - circle.overdue()), circle.due(), circle.overdue()))
                .toList();
    }

    private static Untouched untouched(LongestUntouched.Contact contact, LocalDate today) {
        return new Untouched(contact.contactId(), contact.name(), contact.lastTouchOn(),
                contact.lastTouchOn() == null ? null : (int) ChronoUnit.DAYS.between(contact.lastTouchOn(), today));
    }
}
