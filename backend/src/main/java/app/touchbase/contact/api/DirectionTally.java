package app.touchbase.contact.api;

import java.util.UUID;

public record DirectionTally(UUID contactId, int gave, int asked, int neutral) {
}
