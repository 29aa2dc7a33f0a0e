package app.touchbase.shared.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The account was deleted and its keys erased: every contact it had ({@code contactIds}) is erased in turn, and its
 * user name can be taken again.
 */
@Revision("1")
public record AccountDeleted(String accountId, List<UUID> contactIds, Instant deletedAt) implements Erasure {

    public AccountDeleted {
        contactIds = List.copyOf(contactIds);
    }
}
