package app.touchbase.importing.api;

public enum RowStatus {
    /** Not in the network yet: imported unless deselected. */
    NEW,
    /** Looks like someone already in the network (same email or name) or earlier in the file: imported only if chosen. */
    DUPLICATE,
    /** Can't be imported; the reason says why. */
    SKIPPED
}
