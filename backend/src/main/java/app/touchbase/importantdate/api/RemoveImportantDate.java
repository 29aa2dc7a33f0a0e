package app.touchbase.importantdate.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RemoveImportantDate(@TargetAggregateIdentifier UUID contactId, String owner, UUID dateId)
        implements ContactCommand {
}
