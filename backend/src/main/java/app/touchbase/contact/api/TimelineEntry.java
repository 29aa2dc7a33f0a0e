package app.touchbase.contact.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event in a contact's history, readable. {@code on} is the day the entry is about in the owner's zone (the day
 * of a coffee, the end of a snooze), if any; {@code recordedAt} is the moment it was written down.
 */
public record TimelineEntry(String entryId, long sequence, TimelineKind kind, String summary, String detail,
                            LocalDate on, Instant recordedAt) {
}
