package app.touchbase.contact.api;

import java.util.UUID;

/** One contact with everything we know: details, facts, live interactions and the full timeline. Answers Optional. */
public record FetchContact(String owner, UUID contactId) {
}
