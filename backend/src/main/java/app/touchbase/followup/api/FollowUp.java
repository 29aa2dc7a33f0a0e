package app.touchbase.followup.api;

import java.time.LocalDate;
import java.util.UUID;

public record FollowUp(UUID followUpId, UUID contactId, String contactName, String text, LocalDate dueOn) {
}
