package app.touchbase.mail.automation;

/** The payload of an account's digest deadline. */
public record DigestDue(String accountId) {
}
