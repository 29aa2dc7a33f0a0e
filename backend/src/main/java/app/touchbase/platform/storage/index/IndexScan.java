package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Equality on a prefix of an index's keys, then optionally a condition on the next key: a range or values to read, or
 * a regular expression its keys are checked against.
 */
record IndexScan(List<Object> equalPrefix, KeyCondition next) {

    /** Every key of the index. */
    static final IndexScan WHOLE = new IndexScan(List.of(), null);

    static Optional<IndexScan> plan(FieldConditions conditions, List<String> keys, boolean multikey) {
        List<Object> prefix = new ArrayList<>();
        for (String key : keys) {
            Optional<KeyCondition> condition = conditions.on(key, multikey);
            if (condition.isEmpty()) {
                break;
            }
            if (condition.get() instanceof KeyCondition.Equal equal) {
                prefix.add(equal.value());
            } else {
                return Optional.of(new IndexScan(prefix, condition.get()));
            }
        }
        return prefix.isEmpty() ? Optional.empty() : Optional.of(new IndexScan(prefix, null));
    }

    /** Higher is narrower: each equality key counts more than a condition on the following key. */
    int selectivity() {
        return 2 * equalPrefix.size() + (next == null ? 0 : 1);
    }

    /** A key in the scanned ranges that the query may still match: always, unless a regular expression rules its text out. */
    boolean admits(KeyValue key) {
        return !(next instanceof KeyCondition.Matches matches) || matches.admits(key.get(equalPrefix.size()));
    }

    List<KeyRange> ranges(int keyCount) {
        if (next instanceof KeyCondition.In in) {
            return in.values().stream().map(value -> point(with(value), keyCount)).toList();
        }
        if (next instanceof KeyCondition.Range range) {
            return List.of(range(range, keyCount));
        }
        return List.of(point(equalPrefix, keyCount));
    }

    private KeyRange range(KeyCondition.Range range, int keyCount) {
        KeyValue from = range.lower() == null
                ? padded(equalPrefix, MinKey.getInstance(), keyCount)
                : padded(with(range.lower()), range.lowerInclusive() ? MinKey.getInstance() : MaxKey.getInstance(), keyCount);
        KeyValue to = range.upper() == null
                ? padded(equalPrefix, MaxKey.getInstance(), keyCount)
                : padded(with(range.upper()), range.upperInclusive() ? MaxKey.getInstance() : MinKey.getInstance(), keyCount);
        return new KeyRange(from, range.lower() == null || range.lowerInclusive(),
                to, range.upper() == null || range.upperInclusive());
    }

    private static KeyRange point(List<Object> values, int keyCount) {
        return new KeyRange(padded(values, MinKey.getInstance(), keyCount), true,
                padded(values, MaxKey.getInstance(), keyCount), true);
    }

    private List<Object> with(Object value) {
        List<Object> values = new ArrayList<>(equalPrefix);
        values.add(value);
        return values;
    }

    private static KeyValue padded(List<Object> values, Object filler, int keyCount) {
        List<Object> padded = new ArrayList<>(values);
        while (padded.size() < keyCount) {
            padded.add(filler);
        }
        return new KeyValue(padded);
    }

    record KeyRange(KeyValue from, boolean fromInclusive, KeyValue to, boolean toInclusive) {
    }
}
