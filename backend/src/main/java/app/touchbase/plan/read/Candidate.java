package app.touchbase.plan.read;

import app.touchbase.nexttouch.api.TouchStatus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

/**
 * Someone who could be planned, with a priority: the days past their next touch (negative while only due soon),
 * raised by a late promise, an important date coming up and by being in a circle.
 */
record Candidate(UUID contactId, String name, TouchStatus status, LocalDate nextTouchOn, int priority, String why) {

    /** Highest priority first; ties by next touch, then name and id, so the order never depends on storage. */
    static final Comparator<Candidate> MOST_URGENT_FIRST = Comparator.comparingInt(Candidate::priority).reversed()
            .thenComparing(Candidate::nextTouchOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Candidate::name, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Candidate::contactId);
}
