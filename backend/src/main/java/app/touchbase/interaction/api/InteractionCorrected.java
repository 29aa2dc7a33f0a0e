package app.touchbase.interaction.api;

import app.touchbase.shared.api.ContactEvent;
import app.touchbase.shared.api.Personal;
import app.touchbase.shared.api.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Revision 2: the touch's day in the owner's zone ({@code occurredOn}) replaced the instant {@code occurredAt}. */
@Revision("2")
public record InteractionCorrected(UUID contactId, String owner, UUID interactionId, InteractionType type,
                                   LocalDate occurredOn, Direction direction, @Personal String notes, Instant correctedAt) implements ContactEvent {

    /** A touch's note has a key of its own, so it can be erased while the touch stays. */
    @Override
    public PersonalDataKey personalDataKey() {
        return PersonalDataKey.touch(owner, contactId, interactionId);
    }
}
