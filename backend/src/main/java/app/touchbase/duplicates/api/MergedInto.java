package app.touchbase.duplicates.api;

import java.time.Instant;
import java.util.UUID;

/** The contact {@code contactId} was merged into {@code keptContactId} ({@code keptName}) at {@code mergedAt}. */
public record MergedInto(UUID contactId, UUID keptContactId, String keptName, Instant mergedAt) {
}
