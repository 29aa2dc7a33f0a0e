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
import java.util.UUID;

/**
 * Long lists of ids in a query, checked with one hash lookup per candidate instead of the server's comparison of
 * every candidate with every id: a tracking processor asks for the events of the last seconds except those it has
 * seen, naming each in a {@code $nin} (at bulk rates thousands of ids), and a search asks for the contacts it found by
 * their notes with an {@code $in} of their ids. A field whose list holds only strings and ids is checked this way; a
 * document whose value is anything else (an array, a number) is matched the server's way, so the answer is always the
 * same.
 */
final class LongIdLists {

    /** Below this a list is compared faster than a set is built. */
    static final int WORTH_A_SET = 16;

    private final QueryMatcher matcher = new DefaultQueryMatcher();
    /** Each thread's last query: the data file's reads of one collection run side by side. */
    private final ThreadLocal<Prepared> last = ThreadLocal.withInitial(() -> Prepared.NONE);

    boolean matches(Document document, Document query) {
        Prepared prepared = last.get();
        if (prepared.query != query) {
            prepared = Prepared.of(query);
            last.set(prepared);
        }
        if (prepared.lists.isEmpty()) {
            return matcher.matches(document, query);
        }
        for (IdList list : prepared.lists) {
            Object value = document.get(list.field);
            if (value instanceof String || value instanceof UUID) {
                if (list.ids.contains(value) != list.in) {
                    return false;
                }
            } else if (value != null) {
                return matcher.matches(document, query);
            } else if (list.in) {
                return false; // neither a missing field nor null is in a list of strings and ids
            }
        }
        return matcher.matches(document, prepared.rest);
    }

    /** A field's {@code $in} ({@code in}) or {@code $nin} list. */
    private record IdList(String field, Set<Object> ids, boolean in) {
    }

    /** A query split into its long lists of strings and ids and the rest. */
    private record Prepared(Document query, List<IdList> lists, Document rest) {

        static final Prepared NONE = new Prepared(null, List.of(), null);

        static Prepared of(Document query) {
            List<IdList> lists = new ArrayList<>();
            Document rest = without(query, lists);
            if (query.get("$and") instanceof List<?> all) {
                List<Object> kept = new ArrayList<>();
                for (Object part : all) {
                    if (part instanceof Document condition) {
                        Document left = without(condition, lists);
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
            return new Prepared(query, List.copyOf(lists), rest);
        }

        /** The condition without its long lists on plain (undotted) fields, which go to {@code lists}. */
        private static Document without(Document condition, List<IdList> lists) {
            Document rest = new Document();
            for (Map.Entry<String, Object> entry : condition.entrySet()) {
                String field = entry.getKey();
                IdList list = field.startsWith("$") || field.contains(".") ? null : longList(field, entry.getValue());
                if (list == null) {
                    rest.put(field, entry.getValue());
                    continue;
                }
                lists.add(list);
                Document others = new Document((Document) entry.getValue());
                others.remove(list.in ? "$in" : "$nin");
                if (!others.isEmpty()) {
                    rest.put(field, others);
                }
            }
            return rest;
        }

        private static IdList longList(String field, Object fieldCondition) {
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
    }
}
