package app.touchbase.contact.write;

import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.InvalidInputException;

import java.time.LocalDate;

/** What a logged or corrected interaction must look like; its day is checked against today in the owner's zone. */
final class InteractionRules {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private InteractionRules() {
    }

    static void validate(InteractionType type, LocalDate occurredOn, String notes, LocalDate today) {
        Inputs.requirePresent(type, "type", "The kind of interaction");
        Inputs.requirePresent(occurredOn, "occurredOn", "The date of the interaction");
        if (occurredOn.isAfter(today)) {
            throw new InvalidInputException("occurredOn", "The interaction is in the future: log it once it has happened.");
        }
        if (occurredOn.isBefore(EARLIEST)) {
            throw new InvalidInputException("occurredOn", "The date of the interaction is before 1900: check the year.");
        }
        Inputs.limitLength(notes, "notes", "Notes", LogInteraction.MAX_NOTES);
    }
}
