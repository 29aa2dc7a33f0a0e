package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record ClearCadence(@TargetAggregateIdentifier UUID contactId, String owner) implements ContactCommand {
}
