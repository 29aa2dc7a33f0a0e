package app.touchbase.circle.api;

import app.touchbase.shared.api.PersonalData;
import app.touchbase.shared.api.PersonalDataKey;

import java.util.UUID;

/** Every event in a circle's history names the circle and the account that owns it; the account's key seals it. */
public interface CircleEvent extends PersonalData {

    UUID circleId();

    String owner();

    @Override
    default PersonalDataKey personalDataKey() {
        return PersonalDataKey.account(owner());
    }
}
