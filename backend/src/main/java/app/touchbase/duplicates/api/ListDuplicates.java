package app.touchbase.duplicates.api;

/** The likely duplicate pairs in the owner's network (archived and merged-away contacts left out), answered as {@link DuplicatePairs}. */
public record ListDuplicates(String owner) {
}
