package app.touchbase.replay.api;

public record FetchReadModelStatus() {
}
