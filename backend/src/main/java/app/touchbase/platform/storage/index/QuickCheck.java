package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.bson.Document;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One condition on a plain field that {@link QuickMatcher} checks without the server's matcher. */
sealed interface QuickCheck {

    enum Verdict { YES, NO, UNSURE }

    String field();

    /** The field's value ({@code null} when missing) judged: UNSURE where only the server's matcher can tell. */
    Verdict judge(Object value);

    private static Verdict verdict(boolean yes) {
        return yes ? Verdict.YES : Verdict.NO;
    }

    /** A value whose equality the quick checks and the index keys judge as the server does. */
    static boolean isOneValue(Object value) {
        return value instanceof String || value instanceof UUID || value instanceof Boolean;
    }

    /**
     * A long {@code $in} ({@code in}) or {@code $nin} list of strings and ids, checked with one hash lookup: a tracking
     * processor leaves out the events it has seen, at bulk rates thousands of ids; a search names the contacts it found.
     */
    record IdList(String field, Set<Object> ids, boolean in) implements QuickCheck {

        /** Below this a list is compared faster than a set is built. */
        static final int WORTH_A_SET = 16;

        static IdList of(String field, Object fieldCondition) {
            if (!(fieldCondition instanceof Document operators)) {
                return null;
            }
            if (operators.get("$nin") instanceof Collection<?> values) {
                Set<Object> ids = ids(values);
                return ids == null ? null : new IdList(field, ids, false);
            }
            if (operators.size() == 1 && operators.get("$in") instanceof Collection<?> values) {
                Set<Object> ids = ids(values);
                return ids == null ? null : new IdList(field, ids, true);
            }
            return null;
        }

        private static Set<Object> ids(Collection<?> values) {
            if (values.size() < WORTH_A_SET) {
                return null;
            }
            Set<Object> ids = new HashSet<>();
            for (Object value : values) {
                if (!(value instanceof String) && !(value instanceof UUID)) {
                    return null;
                }
                ids.add(value);
            }
            return ids;
        }

        @Override
        public Verdict judge(Object value) {
            if (value instanceof String || value instanceof UUID) {
                return verdict(ids.contains(value) == in);
            }
            // neither a missing field nor null is in a list of strings and ids
            return value == null ? verdict(!in) : Verdict.UNSURE;
        }
    }

    /** {@code {owner: "me"}}, {@code {archived: false}}: equal to a text, an id or a boolean. */
    record Equal(String field, Object expected) implements QuickCheck {

        static Equal of(String field, Object fieldCondition) {
            return isOneValue(fieldCondition) ? new Equal(field, fieldCondition) : null;
        }

        @Override
        public Verdict judge(Object value) {
            if (value == null) {
                return Verdict.NO;
            }
            // an array holding the value matches too: the server decides
            return isOneValue(value) ? verdict(expected.equals(value)) : Verdict.UNSURE;
        }
    }

    /**
     * A range of texts: on a value ({@code {nextTouchOn: {$lte: "2026-12-06"}}}, a day as the read models write it;
     * {@code {timestamp: {$gte: ...}}}, the event store's), or, with {@code $elemMatch}, on an element of an array of
     * texts ({@code {noteWords: {$elemMatch: {$gte: "ki", $lt: "kj"}}}}, the search in notes). Texts compare as the
     * server compares them.
     */
    record TextWithin(String field, List<Map.Entry<String, String>> bounds, boolean oneElement) implements QuickCheck {

        private static final Set<String> COMPARISONS = Set.of("$gte", "$gt", "$lte", "$lt");

        static TextWithin of(String field, Object fieldCondition) {
            if (!(fieldCondition instanceof Document operators) || operators.isEmpty()) {
                return null;
            }
            boolean oneElement = operators.size() == 1 && operators.containsKey("$elemMatch");
            Object comparisons = oneElement ? operators.get("$elemMatch") : operators;
            if (!(comparisons instanceof Document element) || element.isEmpty()) {
                return null;
            }
            for (Map.Entry<String, Object> bound : element.entrySet()) {
                if (!COMPARISONS.contains(bound.getKey()) || !(bound.getValue() instanceof String)) {
                    return null;
                }
            }
            return new TextWithin(field, element.entrySet().stream()
                    .map(bound -> Map.entry(bound.getKey(), (String) bound.getValue())).toList(), oneElement);
        }

        @Override
        public Verdict judge(Object value) {
            if (!oneElement) {
                // an array is matched element by element, each bound by any of them; other types as the server types them
                return value instanceof String text ? verdict(within(text)) : Verdict.UNSURE;
            }
            if (value == null) {
                return Verdict.NO;
            }
            if (!(value instanceof List<?> elements)) {
                return Verdict.UNSURE;
            }
            boolean found = false;
            for (Object element : elements) {
                if (!(element instanceof String text)) {
                    return Verdict.UNSURE;
                }
                found = found || within(text);
            }
            return verdict(found);
        }

        private boolean within(String text) {
            for (Map.Entry<String, String> bound : bounds) {
                int order = text.compareTo(bound.getValue());
                boolean holds = switch (bound.getKey()) {
                    case "$gte" -> order >= 0;
                    case "$gt" -> order > 0;
                    case "$lte" -> order <= 0;
                    default -> order < 0;
                };
                if (!holds) {
                    return false;
                }
            }
            return true;
        }
    }
}
