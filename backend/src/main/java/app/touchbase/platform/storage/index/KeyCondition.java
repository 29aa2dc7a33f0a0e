package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;

import java.util.List;

/** What a query asks of one index key: one value, one of several values, a range, or a text to contain. */
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

    /**
     * A regular expression ({@code $regex}): it cannot narrow the stretch read, but a key whose text it does not find
     * needs no document read. Only text keys are judged: the server also matches a regular expression against the
     * written form of a number or a date, which stays the full query's to decide.
     */
    record Matches(BsonRegularExpression expression) implements KeyCondition {

        boolean admits(Object key) {
            return !(key instanceof String text) || expression.matcher(text).find();
        }
    }
}
