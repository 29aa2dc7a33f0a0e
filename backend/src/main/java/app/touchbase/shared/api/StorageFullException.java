package app.touchbase.shared.api;

/** The data file can no longer be written (a full disk): the request was refused and nothing was stored. */
public class StorageFullException extends TouchbaseException {

    public static final String MESSAGE = "Storage is full; nothing new is saved.";

    public StorageFullException() {
        super(MESSAGE);
    }
}
