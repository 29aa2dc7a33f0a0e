package app.touchbase.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Contact details gained postal addresses: {@code ContactAdded} and {@code ContactDetailsChanged} revision 2 and
 * {@code ImportRecorded} revision 5. Details written before had none, so their {@code details} get an empty
 * {@code addresses} list (in an import, the details of each planned contact's person).
 */
class AddedAddressesUpcaster extends SingleEventUpcaster {

    static final String CONTACT_ADDED = "app.touchbase.contact.api.ContactAdded";
    static final String DETAILS_CHANGED = "app.touchbase.contact.api.ContactDetailsChanged";

    private record Step(String fromRevision, String toRevision, Consumer<JsonNode> reshape) {
    }

    private static final Map<String, Step> STEPS = Map.of(
            CONTACT_ADDED, new Step("1", "2", AddedAddressesUpcaster::addToDetails),
            DETAILS_CHANGED, new Step("1", "2", AddedAddressesUpcaster::addToDetails),
            ImportPlanUpcaster.TYPE, new Step(ImportedDatesUpcaster.REVISION, "5", AddedAddressesUpcaster::addToPlannedPeople));

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        Step step = STEPS.get(representation.getType().getName());
        return step != null && step.fromRevision().equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        Step step = STEPS.get(type);
        return representation.upcastPayload(new SimpleSerializedType(type, step.toRevision()), JsonNode.class, node -> {
            step.reshape().accept(node);
            return node;
        });
    }

    private static void addToDetails(JsonNode holder) {
        if (holder.get("details") instanceof ObjectNode details && !details.has("addresses")) {
            details.putArray("addresses");
        }
    }

    private static void addToPlannedPeople(JsonNode importRecorded) {
        for (JsonNode contact : importRecorded.path("contacts")) {
            addToDetails(contact.path("person"));
        }
    }
}
