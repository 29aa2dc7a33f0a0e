package app.touchbase.contact.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record Fact(UUID factId, String topic, String text, LocalDate about, Instant recordedAt) {
}
