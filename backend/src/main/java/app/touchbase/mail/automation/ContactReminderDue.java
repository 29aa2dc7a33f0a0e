package app.touchbase.mail.automation;

import java.util.UUID;

/** The payload of a contact's reminder deadline. */
public record ContactReminderDue(UUID contactId) {
}
