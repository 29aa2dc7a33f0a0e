package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Add or change one rule of a contact beside its cadence ("coffee or lunch once a year"); each rule has its own next
 * touch. The plain cadence is set with {@link SetCadence}.
 */
public record SetKeepInTouchRule(@TargetAggregateIdentifier UUID contactId, String owner, KeepInTouchRule rule)
        implements ContactCommand {
}
