package app.touchbase.account.api;

/** How many accounts exist; the first one can be opened without signing in. */
public record CountAccounts() {
}
