package app.touchbase.account.api;

import app.touchbase.shared.api.Personal;
import app.touchbase.shared.api.PersonalData;
import app.touchbase.shared.api.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.ZoneId;

@Revision("1")
public record AccountRegistered(String accountId, @Personal String displayName, String passwordHash, ZoneId zone,
                                Instant registeredAt) implements PersonalData {

    @Override
    public PersonalDataKey personalDataKey() {
        return PersonalDataKey.account(accountId);
    }
}
