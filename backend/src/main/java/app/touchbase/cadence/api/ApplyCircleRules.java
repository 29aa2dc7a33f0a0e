package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Makes a contact a member of a circle with the circle's rules as they are now; sent by the circle itself whenever its
 * members, rules or name change. A rule new to the contact falls due on {@code firstDueOn} (by the circle's rule id)
 * before any counting touch, so many members who get a rule at once are spread over its period; a rule the contact
 * already has keeps its start.
 */
public record ApplyCircleRules(@TargetAggregateIdentifier UUID contactId, String owner, CircleRef circle,
                               List<KeepInTouchRule> rules, Map<String, LocalDate> firstDueOn) implements ContactCommand {

    public ApplyCircleRules {
        rules = rules == null ? List.of() : List.copyOf(rules);
        firstDueOn = firstDueOn == null ? Map.of() : Map.copyOf(firstDueOn);
    }
}
