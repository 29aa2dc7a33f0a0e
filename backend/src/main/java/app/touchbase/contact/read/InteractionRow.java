package app.touchbase.contact.read;

import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.contact.api.LoggedTouches;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionType;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One live interaction's document. The day is a BSON date at midnight UTC, so the profile can sort by it; the notes'
 * words ({@link NoteWords}) are what the contact search finds a touch by. Public only
 * because the driver's record codec reads the components reflectively; nothing outside this package uses it.
 */
public record InteractionRow(@BsonId UUID interactionId, UUID contactId, String owner, InteractionType type,
                             LocalDate occurredOn, Direction direction, String notes, Instant loggedAt, boolean corrected,
                             boolean awaitingReply, List<String> noteWords) {

    static InteractionRow of(InteractionLogged event) {
        return of(event.contactId(), event.owner(), InteractionRecord.of(event));
    }

    InteractionRow correctedBy(InteractionCorrected event) {
        return of(contactId, owner, view().correctedBy(event));
    }

    InteractionRow awaitingReply(boolean waiting) {
        return of(contactId, owner, view().awaitingReply(waiting));
    }

    InteractionRow withoutNotes() {
        return new InteractionRow(interactionId, contactId, owner, type, occurredOn, direction, null, loggedAt, corrected,
                awaitingReply, null);
    }

    private static InteractionRow of(UUID contactId, String owner, InteractionRecord touch) {
        return new InteractionRow(touch.interactionId(), contactId, owner, touch.type(), touch.occurredOn(), touch.direction(),
                touch.notes(), touch.loggedAt(), touch.corrected(), touch.awaitingReply(), NoteWords.of(touch.notes()));
    }

    InteractionRecord view() {
        return new InteractionRecord(interactionId, type, occurredOn, direction, notes, loggedAt, corrected, awaitingReply);
    }

    LoggedTouches.Touch touch() {
        return new LoggedTouches.Touch(contactId, type, occurredOn, direction);
    }
}
