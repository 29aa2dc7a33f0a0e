package app.touchbase.platform.storage.index;

import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.UUID;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/** Documents and queries drawn from small value sets, so that keys collide, tie and straddle types. */
final class RandomDocuments {

    static final List<String> FIELDS = List.of("_id", "a", "b", "c", "u", "v", "n.x", "s", "s.k");

    private final Random random;
    /**
     * Apart, so that adding patterns left the documents, writes and other conditions of each seed as they were: drawn
     * from the one random, they shifted every later draw, and seed 8 then met the one difference the index keeps from
     * the server's matching (an embedded document matched field by field across an array's elements; ADR 0002).
     */
    private final Random patterns;
    private int nextId;
    private int nextV;

    RandomDocuments(long seed) {
        this.random = new Random(seed);
        this.patterns = new Random(-seed);
    }

    Random random() {
        return random;
    }

    Document document() {
        int id = nextId++;
        // ids of mixed types: the H2 file keeps its documents in the order of their ids' types and values
        Document document = new Document("_id", id % 3 == 0 ? "id" + id : id);
        putMaybe(document, "a", this::aValue);
        putMaybe(document, "b", this::scalar);
        putMaybe(document, "c", this::scalar);
        document.put("u", "u" + random.nextInt(3));
        document.put("v", nextV++);
        if (random.nextInt(4) > 0) {
            document.put("n", new Document("x", scalar()));
        }
        if (random.nextInt(3) > 0) {
            document.put("s", associations());
        }
        return document;
    }

    /** Like a saga's associations: one key-value document, or an array of them. */
    private Object associations() {
        if (random.nextInt(4) == 0) {
            return association();
        }
        List<Document> associations = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            associations.add(association());
        }
        return associations;
    }

    /** Equal-looking values of other types and keys in the other order, which an exact match tells apart. */
    private Document association() {
        String key = "k" + random.nextInt(3);
        Object value = switch (random.nextInt(4)) {
            case 0 -> (long) random.nextInt(3);
            case 1 -> "v" + random.nextInt(3);
            default -> random.nextInt(3);
        };
        return switch (random.nextInt(6)) {
            case 0 -> new Document("k", key);
            case 1 -> new Document("v", value).append("k", key);
            default -> new Document("k", key).append("v", value);
        };
    }

    private void putMaybe(Document document, String field, java.util.function.Supplier<Object> value) {
        int dice = random.nextInt(10);
        if (dice == 0) {
            return;
        }
        document.put(field, dice == 1 ? null : value.get());
    }

    private Object aValue() {
        if (random.nextInt(6) == 0) {
            List<Object> values = new ArrayList<>();
            int size = random.nextInt(4);
            for (int i = 0; i < size; i++) {
                values.add(scalar());
            }
            return values;
        }
        return scalar();
    }

    Object scalar() {
        return switch (random.nextInt(9)) {
            case 0 -> random.nextInt(6) + 0.5;
            case 1 -> (double) random.nextInt(6);
            case 2 -> (long) random.nextInt(6);
            case 3 -> "s" + random.nextInt(6);
            case 4 -> Date.from(Instant.ofEpochSecond(1_700_000_000L + random.nextInt(6)));
            case 6 -> new UUID(0, random.nextInt(6));
            case 5 -> random.nextBoolean();
            default -> random.nextInt(6);
        };
    }

    Document query() {
        if (random.nextInt(10) == 0) {
            return new Document();
        }
        List<Document> parts = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String field = FIELDS.get(random.nextInt(FIELDS.size()));
            parts.add(new Document(field, condition(field)));
        }
        if (random.nextInt(5) == 0) {
            parts.add(new Document("$or", List.of(new Document("a", scalar()), new Document("c", condition("c")))));
        }
        if (random.nextInt(3) == 0) {
            return new Document("$and", parts);
        }
        Document flat = new Document();
        parts.forEach(part -> part.forEach(flat::putIfAbsent));
        return flat;
    }

    private Object condition(String field) {
        if (field.equals("s")) {
            return random.nextInt(5) == 0 ? new Document("$in", List.of(association(), association())) : association();
        }
        if (field.equals("s.k")) {
            return random.nextBoolean() ? "k" + random.nextInt(3) : new Document("$gte", "k" + random.nextInt(3));
        }
        Object value = field.equals("u") ? "u" + random.nextInt(4) : field.equals("v") ? random.nextInt(nextV + 2)
                : field.equals("_id") ? random.nextInt(nextId + 2) : scalar();
        Object condition = switch (random.nextInt(14)) {
            case 0 -> new Document("$gt", value);
            case 1 -> new Document("$gte", value);
            case 2 -> new Document("$lt", value);
            case 3 -> new Document("$lte", value);
            case 4 -> new Document("$gte", value).append("$lt", field.equals("v") ? random.nextInt(nextV + 2) : scalar());
            case 5 -> new Document("$in", List.of(value, field.equals("u") ? "u1" : scalar()));
            case 6 -> new Document("$ne", value);
            case 7 -> new Document("$exists", random.nextBoolean());
            case 8 -> random.nextBoolean() ? null : new Document("$eq", value);
            case 9 -> new Document("$gt", value).append("$ne", value);
            // one element within both bounds, as the contact search asks of the words of touch notes
            case 10 -> new Document("$elemMatch", new Document("$gte", value).append("$lt", scalar()));
            case 11 -> new Document("$elemMatch", new Document(random.nextBoolean() ? "$gt" : "$lte", value));
            default -> value;
        };
        return patterns.nextInt(6) == 0 ? pattern() : condition;
    }

    /** A text to find, as the contact search asks of the cards: numbers and dates match by their written form. */
    private Object pattern() {
        return patterns.nextBoolean()
                ? Pattern.compile(List.of("s[0-2]", "1", "^u", "k1|v2", "S3").get(patterns.nextInt(5)),
                        patterns.nextBoolean() ? Pattern.CASE_INSENSITIVE : 0)
                : new Document("$regex", patterns.nextBoolean() ? "[35]" : "s").append("$options", "i");
    }

    Document sort() {
        return switch (random.nextInt(13)) {
            case 0 -> new Document("c", 1);
            case 1 -> new Document("a", -1).append("_id", 1);
            case 2 -> new Document("u", 1).append("v", -1);
            case 3 -> new Document("$natural", -1);
            // sorts an index can be read in: its keys after an equality prefix, all in one direction
            case 4 -> new Document("u", 1).append("v", 1);
            case 5 -> new Document("v", -1);
            case 6 -> new Document("b", 1).append("c", 1);
            case 7 -> new Document("c", -1);
            // the first keys of an index alone: ties on them are broken by the scan's order
            case 8 -> new Document("u", random.nextBoolean() ? 1 : -1);
            case 9 -> new Document("b", 1);
            case 10 -> new Document("n.x", -1);
            default -> null;
        };
    }

    /** Only a single-document update may move the unique v. */
    Document update(boolean single) {
        String field = List.of("a", "b", "c", "n.x", "s").get(random.nextInt(5));
        return switch (random.nextInt(3)) {
            case 0 -> new Document("$set", new Document(field,
                    field.equals("a") ? aValue() : field.equals("s") ? associations() : scalar()));
            case 1 -> new Document("$unset", new Document(field, ""));
            default -> single
                    ? new Document("$set", new Document(field, scalar()).append("v", nextV++))
                    : new Document("$set", new Document(field, scalar()));
        };
    }
}
