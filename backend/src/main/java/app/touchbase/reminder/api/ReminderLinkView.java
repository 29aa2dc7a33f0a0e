package app.touchbase.reminder.api;

import java.util.UUID;

/** {@code problem} is null for a usable link, else a sentence that says why it can't be used. */
public record ReminderLinkView(LinkAction action, UUID contactId, String contactName, String problem) {
}
