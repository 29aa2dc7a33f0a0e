package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.QueryMatcher;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Matches a document against a query as the server's matcher does, with the conditions that can be checked directly
 * taken out first ({@link QuickCheck}): a long list of ids by one hash lookup instead of a comparison with every id,
 * a field equal to a text, an id or a boolean, and a range of texts, on the value or with {@code $elemMatch} on an
 * element of an array (the contact search's notes). The server's matcher compares through its generic value ordering,
 * which costs many times more per document: a search in the notes matches thousands of touches. A value a check is not
 * sure of (an array where it expects one value, a number) sends the whole query to the server's matcher, so the answer
 * is always the same.
 */
final class QuickMatcher {

    private final QueryMatcher matcher = new DefaultQueryMatcher();
    /** Each thread's last query: the data file's reads of one collection run side by side. */
    private final ThreadLocal<Prepared> last = ThreadLocal.withInitial(() -> Prepared.NONE);

    boolean matches(Document document, Document query) {
        Prepared prepared = last.get();
        if (prepared.query != query) {
            prepared = Prepared.of(query);
            last.set(prepared);
        }
        if (prepared.checks.isEmpty()) {
            return matcher.matches(document, query);
        }
        for (QuickCheck check : prepared.checks) {
            switch (check.judge(document.get(check.field()))) {
                case NO -> {
                    return false;
                }
                case UNSURE -> {
                    return matcher.matches(document, query);
                }
                case YES -> {
                }
            }
        }
        return prepared.rest.isEmpty() || matcher.matches(document, prepared.rest);
    }

    /** A query split into the checks taken out of it and the rest, which the server's matcher judges. */
    private record Prepared(Document query, List<QuickCheck> checks, Document rest) {

        static final Prepared NONE = new Prepared(null, List.of(), null);

        static Prepared of(Document query) {
            List<QuickCheck> checks = new ArrayList<>();
            Document rest = without(query, checks);
            if (query.get("$and") instanceof List<?> all) {
                List<Object> kept = new ArrayList<>();
                for (Object part : all) {
                    if (part instanceof Document condition) {
                        Document left = without(condition, checks);
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
            return new Prepared(query, List.copyOf(checks), rest);
        }

        /** The condition without what can be checked directly on plain (undotted) fields, which goes to {@code checks}. */
        private static Document without(Document condition, List<QuickCheck> checks) {
            Document rest = new Document();
            for (Map.Entry<String, Object> entry : condition.entrySet()) {
                String field = entry.getKey();
                if (field.startsWith("$") || field.contains(".")) {
                    rest.put(field, entry.getValue());
                    continue;
                }
                QuickCheck.IdList list = QuickCheck.IdList.of(field, entry.getValue());
                if (list != null) {
                    checks.add(list);
                    Document others = new Document((Document) entry.getValue());
                    others.remove(list.in() ? "$in" : "$nin");
                    if (!others.isEmpty()) {
                        rest.put(field, others);
                    }
                    continue;
                }
                QuickCheck check = QuickCheck.Equal.of(field, entry.getValue());
                if (check == null) {
                    check = QuickCheck.TextWithin.of(field, entry.getValue());
                }
                if (check != null) {
                    checks.add(check);
                } else {
                    rest.put(field, entry.getValue());
                }
            }
            return rest;
        }
    }
}
