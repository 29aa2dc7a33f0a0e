package app.touchbase.platform.privacy;

import app.touchbase.shared.api.PersonalDataKey;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static com.mongodb.client.model.Filters.eq;

/**
 * The keys that seal personal data: one per account, contact and touch note, each an AES-256-GCM keyset (Tink) kept
 * in its own collection, never in an event or a read model. Erasing a key is what erases the data: the events stay,
 * sealed, and read back empty. An erased key is written down (its id and the id of the key material, no secret) in
 * {@link ErasedKeys}, so a backup restored later cannot bring it back.
 */
@Component
public class PersonalDataKeys {

    static final String COLLECTION = "personal_data_keys";
    /** The field of a backup line that carries a key instead of an event. */
    public static final String BACKUP_LINE = "personalDataKey";

    private final MongoCollection<Document> keys;
    private final ErasedKeys erased;
    private final Clock clock;
    /**
     * Opened keys, each for a minute: another instance's erasure is honoured here within that time. There is a key
     * per touch note, so a replay opens as many keys as the history has notes; they are forgotten a minute after they
     * were opened, and the least used go first beyond {@link #OPENED_AT_MOST}.
     */
    private final Cache<String, Optional<Aead>> opened;
    static final int OPENED_AT_MOST = 10_000;
    private final ThreadLocal<OpenedAhead> openedAhead = ThreadLocal.withInitial(() -> OpenedAhead.NONE);
    private final AtomicLong keyChanges = new AtomicLong();

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    @Autowired
    PersonalDataKeys(MongoDatabase touchbaseDatabase, ErasedKeys erased, Clock clock) {
        this(touchbaseDatabase, erased, clock, OPENED_AT_MOST);
    }

    PersonalDataKeys(MongoDatabase touchbaseDatabase, ErasedKeys erased, Clock clock, int openedAtMost) {
        this.keys = touchbaseDatabase.getCollection(COLLECTION);
        this.erased = erased;
        this.clock = clock;
        this.opened = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(openedAtMost).build();
        keys.createIndex(Indexes.ascending("owner", "contactId"));
    }

    /**
     * The key to seal with, made on first use. A contact's or touch's key that was erased is never made again: what is
     * sealed for it then (a restored plaintext event of an erased person) gets a key that is thrown away at once.
     */
    Aead sealing(PersonalDataKey key) {
        Optional<Aead> known = opened.getIfPresent(key.id());
        if (known != null && known.isPresent()) {
            return known.get();
        }
        if (erased.isErasedForGood(key.id())) {
            return thrownAway();
        }
        Aead aead = aead(storedOrCreated(key));
        opened.put(key.id(), Optional.of(aead));
        return aead;
    }

    /** The key to open with; empty once it was erased. Loaded atomically with an erasure's mark (see {@link #erase}). */
    Optional<Aead> opening(String keyId) {
        Optional<Aead> known = opened.getIfPresent(keyId);
        if (known == null) {
            known = openedAhead.get().find(keyId, keyChanges.get(), System.nanoTime());
        }
        return known != null ? known
                : opened.get(keyId, id -> Optional.ofNullable(keys.find(eq("_id", id)).first()).map(PersonalDataKeys::aead));
    }

    /**
     * Opens with one request the keys a batch of stored events was sealed with that are not open yet: loading a
     * contact with a hundred touch notes, or a replay's batch, would otherwise ask for each key on its own. They are
     * kept for the thread that reads the batch, not in the cache of opened keys, which admits a key seen once only
     * if it is used more often than the one it would push out; a key not stored reads as erased, as in
     * {@link #opening}, until a restore puts keys back.
     */
    void openAhead(Collection<String> keyIds) {
        OpenedAhead ahead = openedAhead.get().stillValid(keyChanges.get(), System.nanoTime());
        Set<String> closed = new LinkedHashSet<>();
        for (String keyId : keyIds) {
            if (opened.getIfPresent(keyId) == null && !ahead.keys().containsKey(keyId)) {
                closed.add(keyId);
            }
        }
        if (closed.size() < 2) {
            openedAhead.set(ahead); // lets go of keys no longer valid
            return; // one key is read as it is opened
        }
        OpenedAhead batch = ahead.keys().size() + closed.size() > OpenedAhead.AT_MOST
                ? OpenedAhead.empty(keyChanges.get(), System.nanoTime()) : ahead;
        keys.find(Filters.in("_id", closed)).forEach(key -> batch.keys().put(key.getString("_id"), Optional.of(aead(key))));
        closed.forEach(keyId -> batch.keys().putIfAbsent(keyId, Optional.empty()));
        openedAhead.set(batch);
    }

    /**
     * Keys a thread opened ahead, with the number of erasures and restores made before they were read, and when: any
     * erasure or restore since, or a few seconds, makes them void, so an erased key never opens from here and a
     * restored one is read again.
     */
    private record OpenedAhead(long changesBefore, long readAtNanos, Map<String, Optional<Aead>> keys) {

        /** Two of the event store's batches: a processor's batch of events can span two of them. */
        static final int AT_MOST = 1_000;
        static final long VALID_NANOS = Duration.ofSeconds(10).toNanos();
        static final OpenedAhead NONE = new OpenedAhead(-1, 0, Map.of());

        static OpenedAhead empty(long changes, long now) {
            return new OpenedAhead(changes, now, new HashMap<>());
        }

        OpenedAhead stillValid(long changes, long now) {
            return valid(changes, now) ? this : empty(changes, now);
        }

        Optional<Aead> find(String keyId, long changes, long now) {
            return valid(changes, now) ? keys.get(keyId) : null;
        }

        private boolean valid(long changes, long now) {
            return changesBefore == changes && now - readAtNanos < VALID_NANOS;
        }
    }

    private static Aead thrownAway() {
        try {
            return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM).getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not make a key for personal data", e);
        }
    }

    /** The stored key, or a new one stored at once: one round trip either way (a new touch note needs a new key). */
    private Document storedOrCreated(PersonalDataKey key) {
        Document fresh = new Document("owner", key.owner())
                .append("contactId", key.contactId() == null ? null : key.contactId().toString())
                .append("keyset", newKeyset())
                .append("createdAt", Date.from(clock.instant()));
        FindOneAndUpdateOptions upsert = new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        try {
            return keys.findOneAndUpdate(eq("_id", key.id()), new Document("$setOnInsert", fresh), upsert);
        } catch (MongoCommandException e) {
            if (ErrorCategory.fromErrorCode(e.getErrorCode()) == ErrorCategory.DUPLICATE_KEY) {
                return keys.find(eq("_id", key.id())).first(); // made at the same moment by another command
            }
            throw e;
        }
    }

    private static String newKeyset() {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                    InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not make a key for personal data", e);
        }
    }

    private static Aead aead(Document stored) {
        try {
            return handle(stored).getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key " + stored.getString("_id") + " cannot be read", e);
        }
    }

    private static KeysetHandle handle(Document stored) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.parseKeyset(stored.getString("keyset"), InsecureSecretKeyAccess.get());
    }

    /** Erases the contact's key and the keys of its touch notes. */
    public void eraseContact(String owner, UUID contactId) {
        erase(Filters.and(eq("owner", owner), eq("contactId", contactId.toString())));
    }

    public void eraseTouch(String owner, UUID touchId) {
        erase(Filters.and(eq("owner", owner), eq("_id", PersonalDataKey.touch(owner, null, touchId).id())));
    }

    /** The contacts of the account that still have a key: every contact added and not erased. */
    public List<UUID> contactsOf(String owner) {
        return keys.find(Filters.and(eq("owner", owner), Filters.regex("_id", "^contact-"))).into(new ArrayList<>()).stream()
                .map(key -> UUID.fromString(key.getString("contactId"))).toList();
    }

    /** Erases every key of the account: its own and those of all its contacts. */
    public void eraseAccount(String owner) {
        erase(eq("owner", owner));
    }

    /**
     * Records each key as erased, deletes exactly those, and marks them gone in the cache (a mark, not a removal, so an
     * opening that read the key just before cannot put it back). Safe to repeat.
     */
    private void erase(Bson which) {
        List<Document> doomed = keys.find(which).into(new ArrayList<>());
        for (Document key : doomed) {
            erased.record(key.getString("_id"), fingerprint(key), key.getString("owner"), key.getString("contactId"));
        }
        List<String> ids = doomed.stream().map(key -> key.getString("_id")).toList();
        keys.deleteMany(Filters.in("_id", ids));
        ids.forEach(id -> opened.put(id, Optional.empty()));
        keyChanges.incrementAndGet();
    }

    /** How many opened keys are kept in memory now. */
    long openedKeys() {
        opened.cleanUp();
        return opened.estimatedSize();
    }

    /** The keys a backup of the account carries, so it can be read after a restore. */
    public List<Document> ofAccount(String owner) {
        return keys.find(eq("owner", owner)).into(new ArrayList<>());
    }

    /** Puts back keys from a backup, except those erased since it was made. */
    public int restore(List<Document> restored) {
        Set<String> gone = erased.fingerprints();
        List<Document> kept = restored.stream().filter(key -> !gone.contains(fingerprint(key))).toList();
        kept.forEach(key -> {
            try {
                keys.insertOne(key);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        });
        opened.invalidateAll();
        keyChanges.incrementAndGet();
        return kept.size();
    }

    /** Names the key material without revealing it: the key's id and the id Tink gave its primary key. */
    static String fingerprint(Document key) {
        try {
            return key.getString("_id") + "#" + handle(key).getPrimary().getId();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key " + key.getString("_id") + " cannot be read", e);
        }
    }
}
