package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record FactCorrected(UUID contactId, String owner, UUID factId, String topic, String text, LocalDate about,
                            Instant correctedAt) implements ContactEvent {
}
