package app.touchbase.importing.api;

import java.util.List;
import java.util.UUID;

/** One contact an import adds, with the ids its contact, birthday and facts get (so carrying it out twice adds it once). */
public record PlannedContact(UUID contactId, ImportedPerson person, UUID birthdayId, List<UUID> factIds) {

    public PlannedContact {
        factIds = List.copyOf(factIds);
    }
}
