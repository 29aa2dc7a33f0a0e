package app.touchbase.platform.storage.index;

import java.util.List;

/** What a query asks of one index key: one value, one of several values, or a range. */
sealed interface KeyCondition {

    record Equal(Object value) implements KeyCondition {
    }

    record In(List<Object> values) implements KeyCondition {
    }

    /**
     * A missing bound is null. {@code oneElement}: both bounds hold for one and the same element of an array
     * ({@code $elemMatch}), so a multikey index may use both.
     */
    record Range(Object lower, boolean lowerInclusive, Object upper, boolean upperInclusive, boolean oneElement)
            implements KeyCondition {

        Range withoutUpperBoundIfLowerPresent() {
            return lower == null || oneElement ? this : new Range(lower, lowerInclusive, null, false, false);
        }
    }
}
