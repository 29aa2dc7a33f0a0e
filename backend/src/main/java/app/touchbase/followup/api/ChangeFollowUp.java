package app.touchbase.followup.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** What an open promise says or when it is due, replaced: the same checks as adding it. */
public record ChangeFollowUp(@TargetAggregateIdentifier UUID contactId, String owner, UUID followUpId, String text,
                             LocalDate dueOn) implements ContactCommand {
}
