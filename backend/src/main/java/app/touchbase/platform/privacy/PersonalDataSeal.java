package app.touchbase.platform.privacy;

import app.touchbase.shared.api.PersonalDataKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.Aead;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.Optional;

/** Seals a field's JSON with a key, the event's id as associated data, and opens it again while the key lives. */
@org.springframework.stereotype.Component
public class PersonalDataSeal {

    private final PersonalDataKeys keys;
    private final ObjectMapper json = new ObjectMapper();

    PersonalDataSeal(PersonalDataKeys keys) {
        this.keys = keys;
    }

    SealedValue seal(PersonalDataKey key, String eventId, byte[] plainJson, Object value) {
        try {
            byte[] ciphertext = keys.sealing(key).encrypt(plainJson, eventId.getBytes(StandardCharsets.UTF_8));
            return new SealedValue(key.id(), value instanceof Collection<?> || value.getClass().isArray(), ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal personal data", e);
        }
    }

    /** The field as it was written, or what an erased field reads as. */
    JsonNode open(SealedValue sealed, String eventId) {
        Optional<Aead> key = keys.opening(sealed.keyId());
        if (key.isEmpty()) {
            return sealed.erased();
        }
        try {
            return json.readTree(key.get().decrypt(sealed.ciphertext(), eventId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            return sealed.erased();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
