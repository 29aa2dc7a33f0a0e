package app.touchbase.cadence.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.time.Period;
import java.util.UUID;

public record CadenceSet(UUID contactId, String owner, Period every, Instant setAt) implements ContactEvent {
}
