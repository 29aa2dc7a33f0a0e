package app.touchbase.plan.api;

import java.util.List;

/**
 * The people due over the coming weeks, spread within the budget by priority. Nobody is dropped: who does not fit in
 * the last week is {@code later}.
 */
public record ComingWeeks(int budget, List<PlannedWeek> weeks, List<PlannedTouch> later) {

    public ComingWeeks {
        weeks = List.copyOf(weeks);
        later = List.copyOf(later);
    }
}
