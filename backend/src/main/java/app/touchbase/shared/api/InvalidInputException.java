package app.touchbase.shared.api;

/** One field of a request is missing or malformed; {@link #field()} names it so a form can show the message beside it. */
public class InvalidInputException extends TouchbaseException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
