package app.touchbase.shared;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** Who owns which contacts, as far as the address book knows yet (a contact added a moment ago may not be in it). */
public interface ContactOwners {

    /** Those of {@code contactIds} known to belong to another account than {@code owner}. */
    Set<UUID> ownedByOthers(String owner, Collection<UUID> contactIds);
}
