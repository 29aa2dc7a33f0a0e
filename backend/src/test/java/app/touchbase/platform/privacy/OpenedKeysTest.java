package app.touchbase.platform.privacy;

import app.touchbase.platform.storage.StorageMode;
import app.touchbase.platform.storage.StorageProperties;
import app.touchbase.shared.api.PersonalDataKey;
import com.google.crypto.tink.Aead;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay opens a key per touch note; the keys kept open must not grow with the history. A key is read or made in one
 * request, so reading it must never replace what is stored.
 */
class OpenedKeysTest {

    static final int AT_MOST = 5;
    static final String OWNER = "ada@example.org";

    final MongoServer server = new MongoServer(new MemoryBackend());
    final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    final ErasedKeys erased = new ErasedKeys(client.getDatabase("touchbase"),
            new StorageProperties(StorageMode.EMBEDDED_MEMORY, null, null, "touchbase", null, null));
    final PersonalDataKeys keys = new PersonalDataKeys(client.getDatabase("touchbase"), erased, Clock.systemUTC(), AT_MOST);

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void onlyTheLastKeysOpenedStayInMemoryAndTheOthersOpenAgainFromTheStore() throws GeneralSecurityException {
        UUID contact = UUID.randomUUID();
        List<PersonalDataKey> notes = new ArrayList<>();
        List<byte[]> sealed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            PersonalDataKey note = PersonalDataKey.touch(OWNER, contact, UUID.randomUUID());
            notes.add(note);
            sealed.add(keys.sealing(note).encrypt(("note " + i).getBytes(StandardCharsets.UTF_8), new byte[0]));
        }

        assertThat(keys.openedKeys()).isLessThanOrEqualTo(AT_MOST);
        for (int i = 0; i < notes.size(); i++) {
            Aead opened = keys.opening(notes.get(i).id()).orElseThrow();
            assertThat(new String(opened.decrypt(sealed.get(i), new byte[0]), StandardCharsets.UTF_8)).isEqualTo("note " + i);
        }
        assertThat(keys.openedKeys()).isLessThanOrEqualTo(AT_MOST);
    }

    @Test
    void anErasedKeyStaysClosedWhetherItsMarkIsStillInMemoryOrNot() {
        UUID contact = UUID.randomUUID();
        PersonalDataKey first = PersonalDataKey.touch(OWNER, contact, UUID.randomUUID());
        keys.sealing(first);
        keys.eraseContact(OWNER, contact);
        assertThat(keys.opening(first.id())).isEmpty();

        for (int i = 0; i < 3 * AT_MOST; i++) {
            keys.sealing(PersonalDataKey.touch(OWNER, UUID.randomUUID(), UUID.randomUUID()));
        }
        assertThat(keys.opening(first.id())).isEmpty();
    }

    @Test
    void aStoredKeyIsSealedWithAgainAsItWasAndANewOneIsStoredOnce() throws GeneralSecurityException {
        PersonalDataKey note = PersonalDataKey.touch(OWNER, UUID.randomUUID(), UUID.randomUUID());
        byte[] sealed = keys.sealing(note).encrypt("the kids' names".getBytes(StandardCharsets.UTF_8), new byte[0]);

        PersonalDataKeys afterARestart = new PersonalDataKeys(client.getDatabase("touchbase"), erased, Clock.systemUTC(), AT_MOST);
        Aead again = afterARestart.sealing(note);

        assertThat(new String(again.decrypt(sealed, new byte[0]), StandardCharsets.UTF_8)).isEqualTo("the kids' names");
        assertThat(client.getDatabase("touchbase").getCollection(PersonalDataKeys.COLLECTION)
                .countDocuments(new Document("_id", note.id()))).isEqualTo(1);
    }

    @Test
    void keysOpenedAheadOpenAsStoredAndAnErasedOrUnknownKeyStaysClosed() throws GeneralSecurityException {
        UUID contact = UUID.randomUUID();
        PersonalDataKey note = PersonalDataKey.touch(OWNER, contact, UUID.randomUUID());
        byte[] sealed = keys.sealing(note).encrypt("the kids' names".getBytes(StandardCharsets.UTF_8), new byte[0]);
        UUID erasedContact = UUID.randomUUID();
        PersonalDataKey erasedNote = PersonalDataKey.touch(OWNER, erasedContact, UUID.randomUUID());
        keys.sealing(erasedNote);
        keys.eraseContact(OWNER, erasedContact);

        PersonalDataKeys afterARestart = new PersonalDataKeys(client.getDatabase("touchbase"), erased, Clock.systemUTC(), AT_MOST);
        afterARestart.openAhead(List.of(note.id(), erasedNote.id(), "touch-never-stored"));
        client.getDatabase("touchbase").getCollection(PersonalDataKeys.COLLECTION).deleteMany(new Document("_id", note.id()));

        assertThat(new String(afterARestart.opening(note.id()).orElseThrow().decrypt(sealed, new byte[0]), StandardCharsets.UTF_8))
                .as("opened ahead, so no longer read from the store").isEqualTo("the kids' names");
        assertThat(afterARestart.opening(erasedNote.id())).isEmpty();
        assertThat(afterARestart.opening("touch-never-stored")).isEmpty();
    }

    @Test
    void anErasureVoidsTheKeysOpenedAheadEvenOnceItsMarksAreNoLongerInMemory() {
        UUID contact = UUID.randomUUID();
        PersonalDataKey first = sealedNote(contact);
        PersonalDataKey second = sealedNote(contact);
        PersonalDataKeys reading = new PersonalDataKeys(client.getDatabase("touchbase"), erased, Clock.systemUTC(), AT_MOST);
        reading.openAhead(List.of(first.id(), second.id()));

        reading.eraseContact(OWNER, contact);
        for (int i = 0; i < 3 * AT_MOST; i++) {
            reading.sealing(PersonalDataKey.touch(OWNER, UUID.randomUUID(), UUID.randomUUID()));
        }

        assertThat(reading.opening(first.id())).isEmpty();
        assertThat(reading.opening(second.id())).isEmpty();
    }

    @Test
    void aKeyOpenedAheadAsMissingOpensOnceARestorePutsItBack() {
        UUID contact = UUID.randomUUID();
        PersonalDataKey first = sealedNote(contact);
        PersonalDataKey second = sealedNote(contact);
        Document backedUp = keys.ofAccount(OWNER).stream().filter(key -> key.getString("_id").equals(first.id())).findFirst().orElseThrow();
        client.getDatabase("touchbase").getCollection(PersonalDataKeys.COLLECTION).deleteOne(new Document("_id", first.id()));
        PersonalDataKeys reading = new PersonalDataKeys(client.getDatabase("touchbase"), erased, Clock.systemUTC(), AT_MOST);
        reading.openAhead(List.of(first.id(), second.id()));
        assertThat(reading.opening(first.id())).isEmpty();

        reading.restore(List.of(backedUp));

        assertThat(reading.opening(first.id())).isPresent();
    }

    /** A touch note's key, made and stored. */
    private PersonalDataKey sealedNote(UUID contact) {
        PersonalDataKey note = PersonalDataKey.touch(OWNER, contact, UUID.randomUUID());
        keys.sealing(note);
        return note;
    }
}
