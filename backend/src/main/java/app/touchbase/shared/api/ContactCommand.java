package app.touchbase.shared.api;

import java.util.UUID;

/** Every command addressed to one contact names the contact and the account that owns it. */
public interface ContactCommand {

    UUID contactId();

    String owner();
}
