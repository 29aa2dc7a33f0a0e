package app.touchbase.insights.api;

import app.touchbase.plan.api.GiveAndAsk;

import java.time.LocalDate;
import java.util.List;

/**
 * The numbers behind the insights page, on {@code today} in the owner's zone.
 *
 * @param weeks             touches per week by type, oldest week first, the current week last (weeks start on the
 *                          day the weekly plan's weeks start)
 * @param circles           each circle's members in touch, due and overdue, by name
 * @param months            what the owner gave and asked per calendar month, oldest first, the current month last
 * @param longestUntouched  the people whose latest touch is longest ago, oldest first
 * @param neverTouched      people without any touch, by name, up to as many as {@code longestUntouched} holds
 * @param neverTouchedCount how many people were never touched in all
 */
public record Insights(LocalDate today, List<TouchWeek> weeks, List<CircleStanding> circles, List<GiveAndAsk> months,
                       List<Untouched> longestUntouched, List<Untouched> neverTouched, int neverTouchedCount) {

    public Insights {
        weeks = List.copyOf(weeks);
        circles = List.copyOf(circles);
        months = List.copyOf(months);
        longestUntouched = List.copyOf(longestUntouched);
        neverTouched = List.copyOf(neverTouched);
    }

    public int touchesInWeeks() {
        return weeks.stream().mapToInt(TouchWeek::total).sum();
    }

    public int touchesInMonths() {
        return months.stream().mapToInt(GiveAndAsk::total).sum();
    }
}
