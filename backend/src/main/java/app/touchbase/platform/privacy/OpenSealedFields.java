package app.touchbase.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Iterator;
import java.util.Map;

/**
 * The first step of reading any event: every sealed field is opened with its key (an erased key gives an empty
 * field), so the upcasters after it and the event's class see the shape the event was written in. Plaintext events,
 * stored before personal data was sealed, pass unchanged.
 */
public class OpenSealedFields extends SingleEventUpcaster {

    private static final String MARK = "\"" + SealedValue.FIELD + "\"";

    private final PersonalDataSeal seal;

    public OpenSealedFields(PersonalDataSeal seal) {
        this.seal = seal;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        Object data = representation.getData().getData();
        return !(data instanceof String text) || text.contains(MARK);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String eventId = representation.getMessageIdentifier();
        return representation.upcastPayload(representation.getType(), JsonNode.class, payload -> open(payload, eventId));
    }

    private JsonNode open(JsonNode node, String eventId) {
        if (SealedValue.isSealed(node)) {
            return seal.open(SealedValue.of(node), eventId);
        }
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(open(field.getValue(), eventId));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, open(array.get(i), eventId));
            }
        }
        return node;
    }
}
