package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The contact is in {@code circle} and keeps its rules: each is tracked as its own rule of the contact (see
 * {@link KeepInTouchRule#ofCircle}). Rules new to the contact count from {@code startsOn}, a day in the owner's zone,
 * or fall due on their {@code firstDueOn}; rules of the circle no longer listed are gone.
 */
@Revision("1")
public record CircleRulesApplied(UUID contactId, String owner, CircleRef circle, List<KeepInTouchRule> rules,
                                 LocalDate startsOn, Map<String, LocalDate> firstDueOn, Instant appliedAt)
        implements ContactEvent {

    public CircleRulesApplied {
        rules = rules == null ? List.of() : List.copyOf(rules);
        firstDueOn = firstDueOn == null ? Map.of() : Map.copyOf(firstDueOn);
    }
}
