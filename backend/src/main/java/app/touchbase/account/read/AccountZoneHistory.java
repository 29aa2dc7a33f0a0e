package app.touchbase.account.read;

import app.touchbase.account.api.AccountRegistered;
import app.touchbase.account.api.AccountSettingsChanged;
import app.touchbase.shared.OwnerZoneHistory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Sorts;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * Reads an account's zone changes straight from the event store, not from a read model, so it answers the same
 * during a rebuild. Past changes never change, so each account is read once.
 */
@Component
class AccountZoneHistory implements OwnerZoneHistory {

    private static final EventEntryConfiguration STORED = EventEntryConfiguration.getDefault();
    private static final List<String> ZONE_EVENTS = List.of(AccountRegistered.class.getName(), AccountSettingsChanged.class.getName());

    private record ZoneChange(Instant from, ZoneId zone) {
    }

    private final MongoTemplate axonMongoTemplate;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, List<ZoneChange>> changesByOwner = new ConcurrentHashMap<>();

    AccountZoneHistory(MongoTemplate axonMongoTemplate) {
        this.axonMongoTemplate = axonMongoTemplate;
    }

    @Override
    public ZoneId zoneAt(String owner, Instant moment) {
        List<ZoneChange> changes = changesByOwner.get(owner);
        if (changes == null) {
            changes = read(owner);
            if (!changes.isEmpty()) {
                changesByOwner.put(owner, changes);
            }
        }
        ZoneId zone = changes.isEmpty() ? ZoneOffset.UTC : changes.get(0).zone();
        for (ZoneChange change : changes) {
            if (!change.from().isAfter(moment)) {
                zone = change.zone();
            }
        }
        return zone;
    }

    private List<ZoneChange> read(String owner) {
        List<ZoneChange> changes = new ArrayList<>();
        for (Document event : axonMongoTemplate.eventCollection()
                .find(and(eq(STORED.aggregateIdentifierProperty(), owner), in(STORED.payloadTypeProperty(), ZONE_EVENTS)))
                .sort(Sorts.ascending(STORED.sequenceNumberProperty()))) {
            changes.add(new ZoneChange(Instant.parse(event.getString(STORED.timestampProperty())),
                    ZoneId.of(zoneIn(event.get(STORED.payloadProperty())))));
        }
        return List.copyOf(changes);
    }

    private String zoneIn(Object payload) {
        try {
            return json.readTree(payload instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                    : String.valueOf(payload)).get("zone").asText();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
