package app.touchbase.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Set;

/**
 * Events were first stored without a revision. An event whose shape has not changed since reads as revision 1, so
 * every event in the store names its revision and a later change only needs an upcaster from "1". The events whose
 * first revision was already a new shape are left to the upcasters that make that shape.
 */
class FirstRevisionUpcaster extends SingleEventUpcaster {

    static final String REVISION = "1";
    private static final String EVENTS = "app.touchbase.";

    private final Set<String> reshapedFromNoRevision;

    FirstRevisionUpcaster(Set<String> reshapedFromNoRevision) {
        this.reshapedFromNoRevision = Set.copyOf(reshapedFromNoRevision);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        return representation.getType().getRevision() == null && type.startsWith(EVENTS) && !reshapedFromNoRevision.contains(type);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(representation.getType().getName(), REVISION),
                JsonNode.class, payload -> payload);
    }
}
