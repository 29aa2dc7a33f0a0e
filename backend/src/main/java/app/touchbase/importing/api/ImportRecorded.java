package app.touchbase.importing.api;

import app.touchbase.shared.api.Personal;
import app.touchbase.shared.api.PersonalData;
import app.touchbase.shared.api.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Revision 2: a planned contact may carry the cadence it starts with and its first due day. Revision 3 added
 * {@code circleId}: when set, the circle every imported contact joins (none in older events). Revision 4: a planned
 * contact's person may carry other dates and the contact their {@code dateIds} (none in older events). Revision 5: a planned person's details carry postal addresses (none in older events).
 */
@Revision("5")
public record ImportRecorded(UUID importId, String owner, @Personal String fileName, ImportFormat format, List<PlannedContact> contacts,
                             Instant recordedAt, UUID circleId) implements PersonalData {

    @Override
    public PersonalDataKey personalDataKey() {
        return PersonalDataKey.account(owner);
    }

    public ImportRecorded(UUID importId, String owner, String fileName, ImportFormat format, List<PlannedContact> contacts,
                          Instant recordedAt) {
        this(importId, owner, fileName, format, contacts, recordedAt, null);
    }
}
