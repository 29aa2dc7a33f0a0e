package app.touchbase.reminder.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Issued by the digest saga; the account queues one digest per week at most. */
public record QueueDigest(@TargetAggregateIdentifier String accountId, LocalDate weekOf) {
}
