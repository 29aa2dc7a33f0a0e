package app.touchbase.importing.api;

import app.touchbase.shared.api.PersonalData;
import app.touchbase.shared.api.PersonalDataKey;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/**
 * One contact an import adds, with the ids its contact, birthday, facts and other dates get (so carrying it out twice
 * adds it once), and optionally the cadence it starts with and its first due day (spread over the cadence across the
 * import). Imports recorded before other dates were read have no {@code dateIds}.
 */
public record PlannedContact(UUID contactId, ImportedPerson person, UUID birthdayId, List<UUID> factIds, Period cadence,
                             LocalDate firstDueOn, List<UUID> dateIds) implements PersonalData {

    @Override
    public PersonalDataKey personalDataKey() {
        return PersonalDataKey.contact(null, contactId);
    }

    public PlannedContact {
        factIds = List.copyOf(factIds);
        dateIds = dateIds == null ? List.of() : List.copyOf(dateIds);
    }

    public PlannedContact(UUID contactId, ImportedPerson person, UUID birthdayId, List<UUID> factIds, Period cadence,
                          LocalDate firstDueOn) {
        this(contactId, person, birthdayId, factIds, cadence, firstDueOn, List.of());
    }

    public PlannedContact(UUID contactId, ImportedPerson person, UUID birthdayId, List<UUID> factIds) {
        this(contactId, person, birthdayId, factIds, null, null);
    }
}
