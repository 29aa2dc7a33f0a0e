package app.touchbase.shared.api;

/** The request is well formed but the contact's current state does not allow it (e.g. it is archived). */
public class CommandRejectedException extends TouchbaseException {

    public CommandRejectedException(String message) {
        super(message);
    }
}
