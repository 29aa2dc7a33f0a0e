package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Period;
import java.util.UUID;

/** Keep in touch at least this often, e.g. {@code P3M} for every three months; between one day and three years. */
public record SetCadence(@TargetAggregateIdentifier UUID contactId, String owner, Period every)
        implements ContactCommand {

    public static final Period SHORTEST = Period.ofDays(1);
    public static final Period LONGEST = Period.ofYears(3);
}
