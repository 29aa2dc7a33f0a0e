package app.touchbase.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Period;
import java.time.ZoneId;

/** The zone dates are shown and reminders timed in, and the cadence new contacts start with (null: none). */
public record ChangeAccountSettings(@TargetAggregateIdentifier String accountId, String displayName, ZoneId zone,
                                    Period defaultCadence) {
}
