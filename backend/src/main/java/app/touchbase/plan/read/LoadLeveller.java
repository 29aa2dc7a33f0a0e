package app.touchbase.plan.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreads people over weeks within a budget: each week takes, most urgent first, those due by its last day, up to
 * the budget; who is left after the last week is later. Everyone given comes out exactly once.
 */
final class LoadLeveller {

    private LoadLeveller() {
    }

    /**
     * @param ranked    most urgent first
     * @param weekEnds  the last day of each week, in order
     * @param freeSlots how many people each week can still take
     * @return one list per week, then one more: later
     */
    static List<List<Candidate>> spread(List<Candidate> ranked, List<LocalDate> weekEnds, List<Integer> freeSlots) {
        List<Candidate> waiting = new ArrayList<>(ranked);
        List<List<Candidate>> weeks = new ArrayList<>();
        for (int week = 0; week < weekEnds.size(); week++) {
            LocalDate end = weekEnds.get(week);
            List<Candidate> taken = new ArrayList<>();
            for (Candidate candidate : List.copyOf(waiting)) {
                if (taken.size() >= freeSlots.get(week)) {
                    break;
                }
                if (candidate.nextTouchOn() == null || !candidate.nextTouchOn().isAfter(end)) {
                    taken.add(candidate);
                    waiting.remove(candidate);
                }
            }
            weeks.add(taken);
        }
        weeks.add(waiting);
        return weeks;
    }
}
