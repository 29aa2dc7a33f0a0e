package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The contact left the circle (or the circle was archived): its rules no longer apply to the contact. */
public record WithdrawCircleRules(@TargetAggregateIdentifier UUID contactId, String owner, UUID circleId)
        implements ContactCommand {
}
