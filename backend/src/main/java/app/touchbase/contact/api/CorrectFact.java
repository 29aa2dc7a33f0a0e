package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** Replaces what a remembered fact says; the history keeps what it said before. Same checks as {@link RecordFact}. */
public record CorrectFact(@TargetAggregateIdentifier UUID contactId, String owner, UUID factId,
                          String topic, String text, LocalDate about) implements ContactCommand {
}
