package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** Don't remind me about this contact before {@code until}, a day in the owner's zone (after today, at most a year ahead). */
public record SnoozeTouch(@TargetAggregateIdentifier UUID contactId, String owner, LocalDate until)
        implements ContactCommand {

    public static final Period LONGEST = Period.ofYears(1);
}
