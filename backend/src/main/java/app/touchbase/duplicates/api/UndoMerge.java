package app.touchbase.duplicates.api;

import java.util.UUID;

/**
 * Undoes the merge of {@code mergedContactId}: it comes back as it was, the kept contact drops the copies the merge
 * brought (those still there), the rules it took and the circles it joined with the merge, and gets back the details
 * it had just before the merge.
 */
public record UndoMerge(String owner, UUID mergedContactId) {
}
