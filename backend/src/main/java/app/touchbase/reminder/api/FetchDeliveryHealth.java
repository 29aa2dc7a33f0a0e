package app.touchbase.reminder.api;

public record FetchDeliveryHealth(String owner) {
}
