package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code mergedContactId} was merged into this contact. Names only ids: the copies it took in follow as the usual
 * events (details changed, touch logged, fact recorded, date added, promise added, rule or cadence set) and are
 * listed here by their ids on this contact, with the rules it took and the circles it is to join, so an undo removes
 * exactly them. {@code remindedOccasions} are occasions the merged contact was already reminded about.
 * {@code snoozedUntil} (revision 2) is the snooze of the whole contact the merge brought, when the merged contact's
 * ran later than this one's: a {@code TouchSnoozed} follows, and an undo sets back the snooze this contact had before.
 */
@Revision("2")
public record DuplicateMergedIn(UUID contactId, String owner, UUID mergedContactId, List<UUID> interactionIds,
                                List<UUID> factIds, List<UUID> dateIds, List<UUID> followUpIds, List<String> ruleIds,
                                List<UUID> circleIds, Set<String> remindedOccasions, Instant mergedAt,
                                LocalDate snoozedUntil) implements ContactEvent {

    public DuplicateMergedIn {
        interactionIds = interactionIds == null ? List.of() : List.copyOf(interactionIds);
        factIds = factIds == null ? List.of() : List.copyOf(factIds);
        dateIds = dateIds == null ? List.of() : List.copyOf(dateIds);
        followUpIds = followUpIds == null ? List.of() : List.copyOf(followUpIds);
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
        circleIds = circleIds == null ? List.of() : List.copyOf(circleIds);
        remindedOccasions = remindedOccasions == null ? Set.of() : Set.copyOf(remindedOccasions);
    }

    public DuplicateMergedIn(UUID contactId, String owner, UUID mergedContactId, List<UUID> interactionIds, List<UUID> factIds,
                             List<UUID> dateIds, List<UUID> followUpIds, List<String> ruleIds, List<UUID> circleIds,
                             Set<String> remindedOccasions, Instant mergedAt) {
        this(contactId, owner, mergedContactId, interactionIds, factIds, dateIds, followUpIds, ruleIds, circleIds,
                remindedOccasions, mergedAt, null);
    }
}
