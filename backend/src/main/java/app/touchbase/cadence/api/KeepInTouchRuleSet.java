package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactEvent;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A rule beside the cadence; until its first counting touch it counts from {@code startsOn}, a day in the owner's zone. */
@Revision("1")
public record KeepInTouchRuleSet(UUID contactId, String owner, KeepInTouchRule rule, LocalDate startsOn, Instant setAt)
        implements ContactEvent {
}
