package app.touchbase.shared.api;

/**
 * A request Touchbase refused, with a message written for the person who made it.
 * Nothing was stored when one of these is thrown.
 */
public abstract class TouchbaseException extends RuntimeException {

    protected TouchbaseException(String message) {
        super(message);
    }
}
