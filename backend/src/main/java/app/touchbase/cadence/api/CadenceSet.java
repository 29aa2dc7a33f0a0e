package app.touchbase.cadence.api;

import java.time.Instant;
import java.time.Period;
import java.util.UUID;

public record CadenceSet(UUID contactId, String owner, Period every, Instant setAt) {
}
