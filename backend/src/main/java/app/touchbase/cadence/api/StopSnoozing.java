package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Ends every snooze of a contact (its own and its rules'): each rule is due again when its touches say. */
public record StopSnoozing(@TargetAggregateIdentifier UUID contactId, String owner) implements ContactCommand {
}
