package app.touchbase.contact.api;

import app.touchbase.interaction.api.InteractionType;

import java.time.LocalDate;
import java.util.UUID;

/** A touch whose reply the owner waits for: to whom, what it was, since when. */
public record AwaitedReply(UUID contactId, String contactName, UUID interactionId, InteractionType type, LocalDate since,
                           String notes) {

    /** "Email of 3 Nov 2026" style lines are the UI's business; this is the plain "email" for sentences. */
    public String what() {
        return type.label().toLowerCase(java.util.Locale.ROOT);
    }
}
