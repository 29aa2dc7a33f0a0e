package app.touchbase.importing.api;

import app.touchbase.shared.api.Personal;
import app.touchbase.shared.api.PersonalData;
import app.touchbase.shared.api.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.UUID;

@Revision("1")
public record ImportFailed(UUID importId, String owner, @Personal String problem, Instant failedAt) implements PersonalData {

    @Override
    public PersonalDataKey personalDataKey() {
        return PersonalDataKey.account(owner);
    }
}
