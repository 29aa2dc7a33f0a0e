package app.touchbase.calendar.api;

public record FetchCalendarFeedStatus(String accountId) {
}
