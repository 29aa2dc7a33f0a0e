package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record ClearKeepInTouchRule(@TargetAggregateIdentifier UUID contactId, String owner, String ruleId)
        implements ContactCommand {
}
