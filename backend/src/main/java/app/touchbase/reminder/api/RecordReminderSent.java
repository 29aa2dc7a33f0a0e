package app.touchbase.reminder.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.UUID;

/** Issued by the mail dispatcher once the mail server accepted the reminder. */
public record RecordReminderSent(@TargetAggregateIdentifier UUID contactId, String owner, UUID reminderId,
                                 String sentTo, Instant sentAt) implements ContactCommand {
}
