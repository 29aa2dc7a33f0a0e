package app.touchbase.mail.compose;

/** A mail ready to send; {@code recipient} is null when the account has no address. */
public record ComposedMail(String recipient, String subject, String text, String html) {
}
