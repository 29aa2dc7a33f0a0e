package app.touchbase.account.api;

/** What sign-in needs to check a password. Answers Optional. */
public record FindLoginAccount(String username) {
}
