package app.touchbase.account.api;

public record AccountCount(long accounts) {
}
