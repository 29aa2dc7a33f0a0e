package app.touchbase.platform.storage;

/** Where Touchbase keeps its events and read models. */
public enum StorageMode {
    /** A MongoDB-compatible server inside the application, persisted to one H2 file: nothing to install. */
    EMBEDDED_FILE,
    /** The same embedded server, in memory only: for tests and demos. */
    EMBEDDED_MEMORY,
    /** A real MongoDB reached through {@code touchbase.storage.uri}: for production. */
    EXTERNAL
}
