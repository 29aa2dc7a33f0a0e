package app.touchbase.contact.write;

import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.interaction.api.InteractionType;

import java.time.Duration;
import java.time.Instant;

/** What a logged or corrected interaction must look like. */
final class InteractionRules {

    static final int MAX_NOTES = 10_000;
    /** Clocks of phones and servers disagree a little; a touch "just now" must not be refused. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private InteractionRules() {
    }

    static void validate(InteractionType type, Instant occurredAt, String notes, Instant now) {
        Inputs.requirePresent(type, "type", "The kind of interaction");
        Inputs.requirePresent(occurredAt, "occurredAt", "The date of the interaction");
        Inputs.requireNotAfter(occurredAt, now.plus(CLOCK_SKEW), "occurredAt",
                "The interaction is in the future: log it once it has happened.");
        if (occurredAt.isBefore(EARLIEST)) {
            throw new InvalidInputException("occurredAt", "The date of the interaction is before 1900: check the year.");
        }
        Inputs.limitLength(notes, "notes", "Notes", MAX_NOTES);
    }
}
