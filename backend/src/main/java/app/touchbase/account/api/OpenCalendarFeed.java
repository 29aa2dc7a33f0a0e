package app.touchbase.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Give the account a secret calendar link (replacing any earlier one). Answers the secret token, which is shown
 * once: only its hash is kept.
 */
public record OpenCalendarFeed(@TargetAggregateIdentifier String accountId) {
}
