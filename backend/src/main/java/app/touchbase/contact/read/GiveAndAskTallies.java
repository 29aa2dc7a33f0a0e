package app.touchbase.contact.read;

import app.touchbase.contact.api.GiveAndAskCounts.Tally;
import app.touchbase.interaction.api.Direction;
import app.touchbase.platform.readmodel.ReadModelCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
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
 * Each write sets a touch's entry and recounts its month from the entries, so an event delivered again after a crash
 * leaves the same tallies; entries are kept in sorted order, so the documents do not depend on the order of writes.
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

    void count(InteractionRow touch) {
        change(touch, true);
    }

    void uncount(InteractionRow touch) {
        change(touch, false);
    }

    /** Whether two versions of a touch fall in the same month with the same direction: a correction of its notes or kind. */
    static boolean countedAlike(InteractionRow one, InteractionRow other) {
        return Objects.equals(monthOf(one), monthOf(other)) && directionOf(one) == directionOf(other);
    }

    void forget(UUID contactId) {
        months.deleteMany(eq("contactId", contactId));
        balances.delete(contactId);
    }

    void reset() {
        months.deleteMany(new Document());
        balances.deleteMany(new Document());
    }

    private void change(InteractionRow touch, boolean counted) {
        if (touch.occurredOn() == null) {
            return;
        }
        String month = monthOf(touch);
        String id = touch.contactId() + "/" + month;
        Document stored = months.findById(id).orElseGet(() -> new Document("_id", id));
        Map<String, Object> touches = sorted(stored.get("touches", Document.class));
        if (counted) {
            touches.put(touch.interactionId().toString(), directionOf(touch).name());
        } else {
            touches.remove(touch.interactionId().toString());
        }
        if (touches.isEmpty()) {
            months.delete(id);
        } else {
            months.put(new Document("_id", id).append("owner", touch.owner()).append("contactId", touch.contactId())
                    .append("month", month).append("touches", new Document(touches)));
        }
        tallyMonth(touch.contactId(), touch.owner(), month, counted(touches));
    }

    private void tallyMonth(UUID contactId, String owner, String month, Tally tally) {
        TreeMap<String, Object> byMonth = sorted(balances.findById(contactId)
                .map(balance -> balance.get("months", Document.class)).orElse(null));
        if (tally.total() == 0) {
            byMonth.remove(month);
        } else {
            byMonth.put(month, new Document("gave", tally.gave()).append("asked", tally.asked()).append("neutral", tally.neutral()));
        }
        if (byMonth.isEmpty()) {
            balances.delete(contactId);
        } else {
            balances.put(new Document("_id", contactId).append("owner", owner).append("latest", byMonth.lastKey())
                    .append("months", new Document(byMonth)));
        }
    }

    private static String monthOf(InteractionRow touch) {
        return touch.occurredOn() == null ? null : YearMonth.from(touch.occurredOn()).toString();
    }

    private static Direction directionOf(InteractionRow touch) {
        return touch.direction() == null ? Direction.NEUTRAL : touch.direction();
    }

    private static Tally counted(Map<String, Object> touches) {
        Tally tally = Tally.NONE;
        for (Object direction : touches.values()) {
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
