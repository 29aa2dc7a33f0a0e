package app.touchbase.account.api;

/** Answers Optional. */
public record FetchAccountSettings(String accountId) {
}
