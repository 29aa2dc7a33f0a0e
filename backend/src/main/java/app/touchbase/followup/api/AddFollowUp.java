package app.touchbase.followup.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Something promised to a contact ("send the article by Friday"), due on a day. */
public record AddFollowUp(@TargetAggregateIdentifier UUID contactId, String owner, UUID followUpId, String text,
                          LocalDate dueOn) implements ContactCommand {

    public static final int MAX_TEXT = 500;
}
