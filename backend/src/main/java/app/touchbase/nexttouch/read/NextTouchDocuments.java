package app.touchbase.nexttouch.read;

import app.touchbase.cadence.NextTouchState;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.platform.mongo.BsonTime;
import org.bson.Document;

import java.time.Instant;
import java.time.Period;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The next-touch document keeps the folded state and, for querying, the derived times. */
final class NextTouchDocuments {

    private NextTouchDocuments() {
    }

    static Document toDocument(NextTouchState state) {
        Document interactions = new Document();
        state.liveInteractions().forEach((id, at) -> interactions.append(id, BsonTime.date(at)));
        return new Document("_id", state.contactId())
                .append("owner", state.owner())
                .append("name", state.name())
                .append("cadence", state.cadence() == null ? null : state.cadence().toString())
                .append("cadenceSetAt", BsonTime.date(state.cadenceSetAt()))
                .append("interactions", interactions)
                .append("snoozedUntil", BsonTime.date(state.snoozedUntil()))
                .append("archived", state.archived())
                .append("lastInteractionAt", BsonTime.date(state.lastInteractionAt().orElse(null)))
                .append("dueAt", BsonTime.date(state.dueAt().orElse(null)))
                .append("nextTouchAt", BsonTime.date(state.nextTouchAt().orElse(null)))
                .append("snoozeInEffect", state.snoozeInEffect());
    }

    static NextTouchState toState(Document doc) {
        Map<String, Instant> interactions = new LinkedHashMap<>();
        doc.get("interactions", Document.class).forEach((id, at) -> interactions.put(id, BsonTime.instant((Date) at)));
        String cadence = doc.getString("cadence");
        return new NextTouchState(doc.getString("_id"), doc.getString("owner"), doc.getString("name"),
                cadence == null ? null : Period.parse(cadence), BsonTime.instant(doc.getDate("cadenceSetAt")),
                interactions, BsonTime.instant(doc.getDate("snoozedUntil")), doc.getBoolean("archived", false));
    }

    static NextTouch toView(Document doc, Instant now) {
        String cadence = doc.getString("cadence");
        Instant nextTouchAt = BsonTime.instant(doc.getDate("nextTouchAt"));
        return new NextTouch(UUID.fromString(doc.getString("_id")), doc.getString("name"),
                cadence == null ? null : Period.parse(cadence),
                BsonTime.instant(doc.getDate("lastInteractionAt")),
                BsonTime.instant(doc.getDate("snoozedUntil")),
                nextTouchAt,
                TouchStatusPolicy.statusAt(now, nextTouchAt, cadence == null ? null : Period.parse(cadence),
                        doc.getBoolean("snoozeInEffect", false)));
    }
}
