package app.touchbase.followup.api;

import java.util.UUID;

/** Open follow-ups of the owner's active contacts, earliest due first; {@code contactId} null means all contacts. */
public record ListOpenFollowUps(String owner, UUID contactId) {
}
