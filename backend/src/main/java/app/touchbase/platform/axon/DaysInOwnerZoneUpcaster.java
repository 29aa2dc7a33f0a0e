package app.touchbase.platform.axon;

import app.touchbase.shared.OwnerZoneHistory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Revision 1 of the touch events held instants where the owner meant days (a touch on 20 October in Berlin was stored
 * as 19 October 22:00 UTC). Revision 2 holds the day itself: each instant becomes the day it was in the owner's zone
 * at the time the event was stored, which is the day the owner picked.
 */
public class DaysInOwnerZoneUpcaster extends SingleEventUpcaster {

    static final String REVISION = "2";
    private static final String PACKAGE = "app.touchbase.";
    /** Which instant of an event becomes which day; the day of a cadence is added beside the moment it was set. */
    private record DayField(String instant, String day, boolean keepInstant) {
    }

    private static final Map<String, DayField> DAY_FIELDS = Map.of(
            PACKAGE + "interaction.api.InteractionLogged", new DayField("occurredAt", "occurredOn", false),
            PACKAGE + "interaction.api.InteractionCorrected", new DayField("occurredAt", "occurredOn", false),
            PACKAGE + "cadence.api.TouchSnoozed", new DayField("until", "until", true),
            PACKAGE + "cadence.api.CadenceSet", new DayField("setAt", "startsOn", true));
    private static final String REMINDER_QUEUED = PACKAGE + "reminder.api.ReminderQueued";

    private final OwnerZoneHistory zones;

    public DaysInOwnerZoneUpcaster(OwnerZoneHistory zones) {
        this.zones = zones;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        return representation.getType().getRevision() == null
                && (DAY_FIELDS.containsKey(type) || REMINDER_QUEUED.equals(type));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        Instant storedAt = representation.getTimestamp();
        return representation.upcastPayload(new SimpleSerializedType(type, REVISION), JsonNode.class, node -> {
            ObjectNode payload = (ObjectNode) node;
            if (REMINDER_QUEUED.equals(type)) {
                renameTouchKeys(payload);
            } else {
                DayField field = DAY_FIELDS.get(type);
                JsonNode instant = payload.get(field.instant());
                LocalDate day = instant == null || instant.isNull() ? null
                        : LocalDate.ofInstant(instantOf(instant), zones.zoneAt(payload.path("owner").asText(), storedAt));
                if (!field.keepInstant()) {
                    payload.remove(field.instant());
                }
                payload.put(field.day(), day == null ? null : day.toString());
            }
            return payload;
        });
    }

    /** A touch occasion was named by the moment it fell due; now by its day, which the occasion already carries. */
    private static void renameTouchKeys(ObjectNode payload) {
        JsonNode occasions = payload.get("occasions");
        if (occasions instanceof ArrayNode list) {
            for (JsonNode occasion : list) {
                if ("TOUCH".equals(occasion.path("kind").asText()) && occasion.path("on").isTextual()) {
                    ((ObjectNode) occasion).put("key", "touch:" + occasion.get("on").asText());
                }
            }
        }
    }

    private static Instant instantOf(JsonNode node) {
        if (node.isNumber()) {
            BigDecimal seconds = node.decimalValue();
            return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
        return Instant.parse(node.asText());
    }
}
