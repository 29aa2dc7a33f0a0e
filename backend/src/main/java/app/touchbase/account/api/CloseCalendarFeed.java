package app.touchbase.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revoke the calendar link: calendars subscribed to it stop receiving touches. */
public record CloseCalendarFeed(@TargetAggregateIdentifier String accountId) {
}
