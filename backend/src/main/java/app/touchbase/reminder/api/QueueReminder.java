package app.touchbase.reminder.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * Issued by the reminder saga when occasions fall due. The contact keeps the occasions it was reminded about and
 * queues a reminder only for new ones, so a deadline that fires twice never mails twice.
 */
public record QueueReminder(@TargetAggregateIdentifier UUID contactId, String owner, List<ReminderOccasion> occasions)
        implements ContactCommand {
}
