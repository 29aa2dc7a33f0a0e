package app.touchbase.contact.read;

import app.touchbase.contact.api.GiveAndAskCounts.Tally;
import app.touchbase.interaction.api.Direction;
import app.touchbase.platform.readmodel.ReadModelCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;

/**
 * What each contact's live touches gave and asked, month by month, kept as the touches change so that the weekly plan
 * and the insights count a year without reading it. Two collections:
 * <ul>
 *   <li>{@value #MONTHS}: one document per contact and month, naming each touch of that month with its direction;</li>
 *   <li>{@value #BALANCES}: one document per contact, its tally of each month, counted from the documents above, and
 *   its latest month with a touch ({@code latest}, a text such as {@code 2026-11}).</li>
 * </ul>
 * Each write sets a touch's entry and recounts from the entries, never adds to a count, and reads only these documents:
 * so an event delivered again after a crash leaves the same tallies, whichever of the batch's writes reached the
 * database before it. Entries are kept in sorted order, so the documents do not depend on the order of writes.
 */
final class GiveAndAskTallies {

    static final String MONTHS = "contact_touch_months";
    static final String BALANCES = "contact_give_and_ask";

    private final ReadModelCollection<Document> months;
    private final ReadModelCollection<Document> balances;

    GiveAndAskTallies(MongoDatabase touchbaseDatabase) {
        this.months = ReadModelCollection.of(touchbaseDatabase, MONTHS);
        this.balances = ReadModelCollection.of(touchbaseDatabase, BALANCES);
        months.stored().createIndex(Indexes.ascending("contactId"));
        // the people touched since a month, so a year's counts skip those not touched in it
        balances.stored().createIndex(Indexes.ascending("owner", "latest"));
    }

    /** A touch logged: its month's document names it, and the contact's tally of that month is recounted. */
    void count(InteractionRow touch) {
        if (touch.occurredOn() == null) {
            return;
        }
        String month = monthOf(touch);
        Map<String, Object> touches = sorted(months.findById(monthId(touch.contactId(), month))
                .map(stored -> stored.get("touches", Document.class)).orElse(null));
        touches.put(touch.interactionId().toString(), directionOf(touch).name());
        months.put(monthDocument(touch.contactId(), touch.owner(), month, touches));
        TreeMap<String, Object> byMonth = sorted(balances.findById(touch.contactId())
                .map(balance -> balance.get("months", Document.class)).orElse(null));
        byMonth.put(month, tallyDocument(counted(touches)));
        putBalance(touch.contactId(), touch.owner(), byMonth);
    }

    /**
     * A touch corrected ({@code now} its new version) or removed ({@code now} null): wherever the contact's month
     * documents name it, it is taken out, then named in its new month, and the contact's tallies are recounted from its
     * month documents. Only these documents are read, never the touches' own read model, which a crash may have left
     * ahead of them: so a correction or removal delivered again after a crash ends in the same tallies.
     */
    void move(UUID contactId, String owner, UUID interactionId, InteractionRow now) {
        Map<String, Document> byMonth = new TreeMap<>();
        months.findAll(eq("contactId", contactId)).forEach(stored -> byMonth.put(stored.getString("month"), stored));
        String key = interactionId.toString();
        Map<String, Map<String, Object>> changed = new TreeMap<>();
        byMonth.forEach((month, stored) -> {
            Map<String, Object> touches = sorted(stored.get("touches", Document.class));
            if (touches.remove(key) != null) {
                changed.put(month, touches);
            }
        });
        if (now != null && now.occurredOn() != null) {
            String month = monthOf(now);
            Map<String, Object> touches = changed.containsKey(month) ? changed.get(month)
                    : sorted(byMonth.containsKey(month) ? byMonth.get(month).get("touches", Document.class) : null);
            touches.put(key, directionOf(now).name());
            changed.put(month, touches);
        }
        changed.forEach((month, touches) -> {
            if (touches.isEmpty()) {
                months.delete(monthId(contactId, month));
                byMonth.remove(month);
            } else {
                Document document = monthDocument(contactId, owner, month, touches);
                months.put(document);
                byMonth.put(month, document);
            }
        });
        TreeMap<String, Object> tallies = new TreeMap<>();
        byMonth.forEach((month, stored) -> tallies.put(month, tallyDocument(counted(stored.get("touches", Document.class)))));
        putBalance(contactId, owner, tallies);
    }

    void forget(UUID contactId) {
        months.deleteMany(eq("contactId", contactId));
        balances.delete(contactId);
    }

    void reset() {
        months.deleteMany(new Document());
        balances.deleteMany(new Document());
    }

    private void putBalance(UUID contactId, String owner, TreeMap<String, Object> byMonth) {
        if (byMonth.isEmpty()) {
            balances.delete(contactId);
        } else {
            balances.put(new Document("_id", contactId).append("owner", owner).append("latest", byMonth.lastKey())
                    .append("months", new Document(byMonth)));
        }
    }

    private static String monthId(UUID contactId, String month) {
        return contactId + "/" + month;
    }

    private static Document monthDocument(UUID contactId, String owner, String month, Map<String, Object> touches) {
        return new Document("_id", monthId(contactId, month)).append("owner", owner).append("contactId", contactId)
                .append("month", month).append("touches", new Document(touches));
    }

    private static Document tallyDocument(Tally tally) {
        return new Document("gave", tally.gave()).append("asked", tally.asked()).append("neutral", tally.neutral());
    }

    private static String monthOf(InteractionRow touch) {
        return YearMonth.from(touch.occurredOn()).toString();
    }

    private static Direction directionOf(InteractionRow touch) {
        return touch.direction() == null ? Direction.NEUTRAL : touch.direction();
    }

    private static Tally counted(Map<String, Object> touches) {
        Tally tally = Tally.NONE;
        for (Object direction : touches == null ? List.of() : touches.values()) {
            tally = tally.plus(Direction.valueOf((String) direction));
        }
        return tally;
    }

    private static TreeMap<String, Object> sorted(Document entries) {
        return entries == null ? new TreeMap<>() : new TreeMap<>(entries);
    }

    /** A month's tally as {@link #BALANCES} keeps it. */
    static Tally tallyOf(Document month) {
        return new Tally(month.getInteger("gave", 0), month.getInteger("asked", 0), month.getInteger("neutral", 0));
    }
}
