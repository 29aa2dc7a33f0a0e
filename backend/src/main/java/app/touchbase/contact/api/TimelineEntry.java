package app.touchbase.contact.api;

import java.time.Instant;

/**
 * One event in a contact's history, readable. {@code when} is the moment the entry is about (the day of a coffee,
 * the end of a snooze), if any; {@code recordedAt} is when it was written down.
 */
public record TimelineEntry(String entryId, long sequence, TimelineKind kind, String summary, String detail,
                            Instant when, Instant recordedAt) {
}
