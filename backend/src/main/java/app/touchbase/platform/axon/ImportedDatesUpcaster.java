package app.touchbase.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Revision 4 of {@code ImportRecorded} reads other dates from a file (anniversaries, labelled dates): a planned
 * contact's person carries {@code dates} and the contact the {@code dateIds} they get. An import recorded before read
 * none, so both are written as empty lists.
 */
class ImportedDatesUpcaster extends SingleEventUpcaster {

    static final String REVISION = "4";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return ImportPlanUpcaster.TYPE.equals(representation.getType().getName()) && "3".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(ImportPlanUpcaster.TYPE, REVISION), JsonNode.class, node -> {
            for (JsonNode contact : node.path("contacts")) {
                if (contact instanceof ObjectNode planned) {
                    if (!planned.has("dateIds")) {
                        planned.putArray("dateIds");
                    }
                    if (planned.get("person") instanceof ObjectNode person && !person.has("dates")) {
                        person.putArray("dates");
                    }
                }
            }
            return node;
        });
    }
}
