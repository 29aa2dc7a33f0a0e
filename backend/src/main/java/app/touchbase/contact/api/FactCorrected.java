package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;
import app.touchbase.shared.api.Personal;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Revision("1")
public record FactCorrected(UUID contactId, String owner, UUID factId, @Personal String topic, @Personal String text, LocalDate about,
                            Instant correctedAt) implements ContactEvent {
}
