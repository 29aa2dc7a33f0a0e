package app.touchbase.updates.api;

import java.util.UUID;

/**
 * Sent to subscription queries once the read models reflect a change to this contact: whoever shows the due list,
 * the contact list or this contact asks again.
 */
public record ContactChanged(UUID contactId, String owner) {
}
