package app.touchbase.importantdate.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.MonthDay;
import java.util.UUID;

/** What an important date says, replaced: the same checks as adding it. */
public record ChangeImportantDate(@TargetAggregateIdentifier UUID contactId, String owner, UUID dateId, String label,
                                  MonthDay day, Integer year, int noticeDays) implements ContactCommand {
}
