package app.touchbase.account.api;

import app.touchbase.shared.api.Personal;
import app.touchbase.shared.api.PersonalData;
import app.touchbase.shared.api.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

@Revision("1")
public record AccountSettingsChanged(String accountId, @Personal String displayName, ZoneId zone, Period defaultCadence,
                                     Instant changedAt) implements PersonalData {

    @Override
    public PersonalDataKey personalDataKey() {
        return PersonalDataKey.account(accountId);
    }
}
