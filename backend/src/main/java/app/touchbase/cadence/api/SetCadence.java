package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * Keep in touch at least this often, e.g. {@code P3M} for every three months; between one day and three years.
 * Until the first touch the cadence counts from today, or falls due on {@code firstDueOn} (optional: after today and
 * at most one cadence ahead), which lets a whole network set at once be spread over the cadence instead of falling
 * due on one day.
 */
public record SetCadence(@TargetAggregateIdentifier UUID contactId, String owner, Period every, LocalDate firstDueOn)
        implements ContactCommand {

    public static final Period SHORTEST = Period.ofDays(1);
    public static final Period LONGEST = Period.ofYears(3);

    public SetCadence(UUID contactId, String owner, Period every) {
        this(contactId, owner, every, null);
    }
}
