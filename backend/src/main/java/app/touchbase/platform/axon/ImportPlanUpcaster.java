package app.touchbase.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Revision 2 of {@code ImportRecorded} lets each planned contact carry the cadence it starts with and its first due
 * day; an import recorded before had neither, so its planned contacts get both, empty.
 */
class ImportPlanUpcaster extends SingleEventUpcaster {

    static final String TYPE = "app.touchbase.importing.api.ImportRecorded";
    static final String REVISION = "2";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName()) && representation.getType().getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(TYPE, REVISION), JsonNode.class, node -> {
            for (JsonNode contact : node.path("contacts")) {
                if (contact instanceof ObjectNode planned) {
                    if (!planned.has("cadence")) {
                        planned.putNull("cadence");
                    }
                    if (!planned.has("firstDueOn")) {
                        planned.putNull("firstDueOn");
                    }
                }
            }
            return node;
        });
    }
}
