package app.touchbase.backup.read;

import app.touchbase.account.api.AccountRegistered;
import app.touchbase.account.api.PasswordChanged;
import app.touchbase.account.api.PasswordHashUpgraded;
import app.touchbase.account.api.PasswordReset;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;

import java.util.Set;

/** Backups leave password hashes out: a stolen backup then gives nothing to crack. */
public final class StoredPasswordHashes {

    static final String FIELD = "passwordHash";
    private static final EventEntryConfiguration STORED = EventEntryConfiguration.getDefault();
    private static final Set<String> CARRYING_A_HASH = Set.of(AccountRegistered.class.getName(), PasswordChanged.class.getName(),
            PasswordHashUpgraded.class.getName(), PasswordReset.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredPasswordHashes() {
    }

    /** The stored event as it goes into a backup: with a null password hash where it had one. */
    static Document withoutHash(Document event) {
        if (!CARRYING_A_HASH.contains(event.getString(STORED.payloadTypeProperty()))) {
            return event;
        }
        Object payload = event.get(STORED.payloadProperty());
        if (payload instanceof Document document) {
            document.put(FIELD, null);
        } else if (payload instanceof String json) {
            event.put(STORED.payloadProperty(), withoutHash(json));
        }
        return event;
    }

    /** True for the stored registration of an account that has no password yet (restored from a backup). */
    public static boolean isRegistrationWithoutHash(Document event) {
        if (!AccountRegistered.class.getName().equals(event.getString(STORED.payloadTypeProperty()))) {
            return false;
        }
        Object payload = event.get(STORED.payloadProperty());
        if (payload instanceof Document document) {
            return document.get(FIELD) == null;
        }
        try {
            return payload instanceof String json && JSON.readTree(json).path(FIELD).isNull();
        } catch (JsonProcessingException unreadable) {
            return false;
        }
    }

    private static String withoutHash(String json) {
        try {
            ObjectNode payload = (ObjectNode) JSON.readTree(json);
            payload.putNull(FIELD);
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("A stored account event is not JSON", unreadable);
        }
    }
}
