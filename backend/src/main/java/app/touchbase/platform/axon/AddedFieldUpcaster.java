package app.touchbase.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * A revision that only added an optional field: events of the revision before get the field, empty, so what an older
 * event means ("no rule", "no circle", "no chosen first due day") is written down rather than left to the reader.
 */
class AddedFieldUpcaster extends SingleEventUpcaster {

    private final String type;
    private final String fromRevision;
    private final String toRevision;
    private final String field;

    AddedFieldUpcaster(String type, String fromRevision, String toRevision, String field) {
        this.type = type;
        this.fromRevision = fromRevision;
        this.toRevision = toRevision;
        this.field = field;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return type.equals(representation.getType().getName()) && fromRevision.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(type, toRevision), JsonNode.class, node -> {
            ObjectNode payload = (ObjectNode) node;
            if (!payload.has(field)) {
                payload.putNull(field);
            }
            return payload;
        });
    }
}
