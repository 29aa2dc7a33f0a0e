package app.touchbase.nexttouch.api;

import java.util.UUID;

/** The next touch of one contact; answers Optional (empty for an unknown or another owner's contact). */
public record FetchNextTouch(String owner, UUID contactId) {
}
