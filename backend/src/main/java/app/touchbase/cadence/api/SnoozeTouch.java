package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * Don't remind me about this contact before {@code until}, a day in the owner's zone (after today, at most a year
 * ahead): about any of its rules, or, with a {@code ruleId}, about that rule only.
 */
public record SnoozeTouch(@TargetAggregateIdentifier UUID contactId, String owner, LocalDate until, String ruleId)
        implements ContactCommand {

    public static final Period LONGEST = Period.ofYears(1);

    public SnoozeTouch(UUID contactId, String owner, LocalDate until) {
        this(contactId, owner, until, null);
    }
}
