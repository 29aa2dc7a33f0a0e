package app.touchbase.shared.api;

import java.util.UUID;

/** Every event in a contact's history names the contact and the account that owns it. */
public interface ContactEvent {

    UUID contactId();

    String owner();
}
