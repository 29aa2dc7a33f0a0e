package app.touchbase.occasion.read;

import java.util.UUID;

/** An occasion document that belongs to one contact, whose name and archived flag the lists look up. */
interface OfContact {

    UUID contactId();
}
