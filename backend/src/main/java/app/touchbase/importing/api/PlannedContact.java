package app.touchbase.importing.api;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/**
 * One contact an import adds, with the ids its contact, birthday and facts get (so carrying it out twice adds it
 * once), and optionally the cadence it starts with and its first due day (spread over the cadence across the import).
 */
public record PlannedContact(UUID contactId, ImportedPerson person, UUID birthdayId, List<UUID> factIds, Period cadence,
                             LocalDate firstDueOn) {

    public PlannedContact {
        factIds = List.copyOf(factIds);
    }

    public PlannedContact(UUID contactId, ImportedPerson person, UUID birthdayId, List<UUID> factIds) {
        this(contactId, person, birthdayId, factIds, null, null);
    }
}
