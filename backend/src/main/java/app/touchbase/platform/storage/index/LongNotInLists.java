package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.QueryMatcher;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tracking processor asks for the events of the last seconds except those it has seen, naming each seen event id
 * in a {@code $nin}: at bulk rates thousands of ids, and the server compares every candidate with every id. A field
 * whose {@code $nin} lists only strings is checked with one hash lookup instead; a document whose value is anything
 * but a string or nothing (an array, a number) is matched the server's way, so the answer is always the same.
 */
final class LongNotInLists {

    /** Below this a list is compared faster than a set is built. */
    static final int WORTH_A_SET = 16;

    private final QueryMatcher matcher = new DefaultQueryMatcher();
    private volatile Prepared last = Prepared.NONE;

    boolean matches(Document document, Document query) {
        Prepared prepared = last;
        if (prepared.query != query) {
            prepared = Prepared.of(query);
            last = prepared;
        }
        if (prepared.exclusions.isEmpty()) {
            return matcher.matches(document, query);
        }
        for (Exclusion exclusion : prepared.exclusions) {
            Object value = document.get(exclusion.field);
            if (value instanceof String id) {
                if (exclusion.ids.contains(id)) {
                    return false;
                }
            } else if (value != null) {
                return matcher.matches(document, query);
            }
        }
        return matcher.matches(document, prepared.rest);
    }

    private record Exclusion(String field, Set<String> ids) {
    }

    /** A query split into its long string {@code $nin} conditions and the rest. */
    private record Prepared(Document query, List<Exclusion> exclusions, Document rest) {

        static final Prepared NONE = new Prepared(null, List.of(), null);

        static Prepared of(Document query) {
            List<Exclusion> exclusions = new ArrayList<>();
            Document rest = without(query, exclusions);
            if (query.get("$and") instanceof List<?> all) {
                List<Object> kept = new ArrayList<>();
                for (Object part : all) {
                    if (part instanceof Document condition) {
                        Document left = without(condition, exclusions);
                        if (!left.isEmpty()) {
                            kept.add(left);
                        }
                    } else {
                        kept.add(part);
                    }
                }
                rest.remove("$and");
                if (!kept.isEmpty()) {
                    rest.put("$and", kept);
                }
            }
            return new Prepared(query, List.copyOf(exclusions), rest);
        }

        /** The condition without its long {@code $nin}s on plain (undotted) fields, which go to {@code exclusions}. */
        private static Document without(Document condition, List<Exclusion> exclusions) {
            Document rest = new Document();
            for (Map.Entry<String, Object> entry : condition.entrySet()) {
                String field = entry.getKey();
                Set<String> ids = field.startsWith("$") || field.contains(".") ? null : longStringNotIn(entry.getValue());
                if (ids == null) {
                    rest.put(field, entry.getValue());
                    continue;
                }
                exclusions.add(new Exclusion(field, ids));
                Document others = new Document((Document) entry.getValue());
                others.remove("$nin");
                if (!others.isEmpty()) {
                    rest.put(field, others);
                }
            }
            return rest;
        }

        private static Set<String> longStringNotIn(Object fieldCondition) {
            if (!(fieldCondition instanceof Document operators) || !(operators.get("$nin") instanceof Collection<?> values)
                    || values.size() < WORTH_A_SET) {
                return null;
            }
            Set<String> ids = new HashSet<>();
            for (Object value : values) {
                if (!(value instanceof String id)) {
                    return null;
                }
                ids.add(id);
            }
            return ids;
        }
    }
}
