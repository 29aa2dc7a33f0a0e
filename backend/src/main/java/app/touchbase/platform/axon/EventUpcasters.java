package app.touchbase.platform.axon;

import app.touchbase.shared.OwnerZoneHistory;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

import java.util.Set;

/**
 * Every older shape of an event, turned into the current one step by step: first the shapes stored without a
 * revision, then one upcaster per later revision. docs/events.md lists each event's revisions and what changed.
 */
public final class EventUpcasters {

    private static final String PACKAGE = "app.touchbase.";
    static final String TOUCH_SNOOZED = PACKAGE + "cadence.api.TouchSnoozed";
    static final String CADENCE_SET = PACKAGE + "cadence.api.CadenceSet";
    static final String CONTACT_MERGED_INTO = PACKAGE + "contact.api.ContactMergedInto";
    static final String CONTACT_UNMERGED = PACKAGE + "contact.api.ContactUnmerged";
    static final String DUPLICATE_MERGED_IN = PACKAGE + "contact.api.DuplicateMergedIn";

    private EventUpcasters() {
    }

    /** Sealed personal fields are opened first, so every later step sees the event as it was written. */
    public static EventUpcasterChain chain(EventUpcaster openSealedFields, OwnerZoneHistory zones) {
        return new EventUpcasterChain(openSealedFields, chain(zones));
    }

    public static EventUpcasterChain chain(OwnerZoneHistory zones) {
        Set<String> reshapedFromNoRevision = Set.of(
                PACKAGE + "interaction.api.InteractionLogged",
                PACKAGE + "interaction.api.InteractionCorrected",
                TOUCH_SNOOZED,
                CADENCE_SET,
                PACKAGE + "reminder.api.ReminderQueued",
                ImportPlanUpcaster.TYPE);
        return new EventUpcasterChain(
                new FirstRevisionUpcaster(reshapedFromNoRevision),
                new DaysInOwnerZoneUpcaster(zones),
                new ImportPlanUpcaster(),
                new AddedFieldUpcaster(TOUCH_SNOOZED, "2", "3", "ruleId"),
                new AddedFieldUpcaster(CADENCE_SET, "2", "3", "firstDueOn"),
                new AddedFieldUpcaster(ImportPlanUpcaster.TYPE, "2", "3", "circleId"),
                new ImportedDatesUpcaster(),
                new AddedAddressesUpcaster(),
                new AddedFieldUpcaster(AddedAddressesUpcaster.CONTACT_ADDED, "2", "3", "phoneNumbers"),
                new AddedFieldUpcaster(AddedAddressesUpcaster.DETAILS_CHANGED, "2", "3", "phoneNumbers"),
                new AddedFieldUpcaster(CONTACT_MERGED_INTO, "1", "2", "circleIds"),
                new AddedFieldUpcaster(CONTACT_UNMERGED, "1", "2", "circleIds"),
                new AddedFieldUpcaster(DUPLICATE_MERGED_IN, "1", "2", "snoozedUntil"));
    }
}
