package app.touchbase.platform.storage.index;

import java.util.List;

/** What a query asks of one index key: one value, one of several values, or a range. */
sealed interface KeyCondition {

    record Equal(Object value) implements KeyCondition {
    }

    record In(List<Object> values) implements KeyCondition {
    }

    /** A missing bound is null. */
    record Range(Object lower, boolean lowerInclusive, Object upper, boolean upperInclusive) implements KeyCondition {

        Range withoutUpperBoundIfLowerPresent() {
            return lower == null ? this : new Range(lower, lowerInclusive, null, false);
        }
    }
}
