package app.touchbase.duplicates.api;

import java.util.UUID;

/** "Not duplicates": the two contacts are different people, and the pair is no longer listed. */
public record DismissDuplicatePair(String owner, UUID contactId, UUID otherContactId) {
}
