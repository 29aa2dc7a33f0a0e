package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Remember something about the relationship: the topic ("Kids", "Job search", "Last talked about") and what was said.
 * {@code about} is the optional day the fact refers to (a trip, a start date).
 */
public record RecordFact(@TargetAggregateIdentifier UUID contactId, String owner, UUID factId,
                         String topic, String text, LocalDate about) implements ContactCommand {

    public static final int MAX_TOPIC = ContactDetails.MAX_SHORT_TEXT;
    public static final int MAX_TEXT = ContactDetails.MAX_LONG_TEXT;
}
