package app.touchbase.duplicates.api;

import java.util.UUID;

/** Whether the contact is merged into another one: answers an optional {@link MergedInto}. */
public record FetchMergedInto(String owner, UUID contactId) {
}
