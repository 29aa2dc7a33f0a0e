package app.touchbase.shared.api;

import java.util.UUID;

/** Every event in a contact's history names the contact and the account that owns it; the contact's key seals it. */
public interface ContactEvent extends PersonalData {

    UUID contactId();

    String owner();

    @Override
    default PersonalDataKey personalDataKey() {
        return PersonalDataKey.contact(owner(), contactId());
    }
}
