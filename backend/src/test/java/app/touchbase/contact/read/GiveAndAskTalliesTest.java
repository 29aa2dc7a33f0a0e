package app.touchbase.contact.read;

import app.touchbase.contact.api.CountGiveAndAsk;
import app.touchbase.contact.api.GiveAndAskCounts;
import app.touchbase.contact.api.GiveAndAskCounts.Tally;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.platform.storage.MongoConfiguration;
import app.touchbase.platform.storage.MongoEndpoint;
import app.touchbase.platform.storage.StorageMode;
import app.touchbase.platform.storage.StorageProperties;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tallies after a crash that stored the touches' read model but not the tallies (a batch's writes reach the
 * database one collection after another): the event delivered again must still move or remove the touch in them.
 */
class GiveAndAskTalliesTest {

    static final String OWNER = "ada";
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    MongoEndpoint endpoint;
    MongoClient client;
    MongoDatabase database;
    InteractionHistoryProjection projection;
    GiveAndAskQueries queries;
    final UUID grace = UUID.randomUUID();
    final UUID touch = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        endpoint = MongoEndpoint.start(new StorageProperties(StorageMode.EMBEDDED_MEMORY, null, null, "t", Duration.ofSeconds(10), null));
        client = MongoClients.create(MongoConfiguration.clientSettings(endpoint.connectionString()));
        database = client.getDatabase("t");
        projection = new InteractionHistoryProjection(database);
        queries = new GiveAndAskQueries(database);
        projection.on(new InteractionLogged(grace, OWNER, touch, InteractionType.EMAIL, SEPTEMBER.atDay(10), Direction.GAVE, null, AT));
        projection.on(new InteractionLogged(grace, OWNER, UUID.randomUUID(), InteractionType.CALL, SEPTEMBER.atDay(12), null, null, AT));
    }

    @AfterEach
    void tearDown() {
        client.close();
        endpoint.close();
    }

    @Test
    void aCorrectionDeliveredAgainMovesTheTouchThoughTheTouchesWereStoredCorrectedAlready() {
        InteractionCorrected correction = new InteractionCorrected(grace, OWNER, touch, InteractionType.CALL, NOVEMBER.atDay(3),
                Direction.ASKED, null, AT);

        Map<String, List<Document>> talliesBefore = tallies();
        projection.on(correction);
        restore(talliesBefore);
        projection.on(correction);

        assertThat(counts().months()).containsOnly(Map.entry(SEPTEMBER, new Tally(0, 0, 1)), Map.entry(NOVEMBER, new Tally(0, 1, 0)));
        assertThat(counts().of(grace)).isEqualTo(new Tally(0, 1, 1));
    }

    @Test
    void aRemovalDeliveredAgainUncountsTheTouchThoughTheTouchesNoLongerHoldIt() {
        InteractionRemoved removal = new InteractionRemoved(grace, OWNER, touch, AT);

        Map<String, List<Document>> talliesBefore = tallies();
        projection.on(removal);
        restore(talliesBefore);
        projection.on(removal);

        assertThat(counts().months()).containsOnly(Map.entry(SEPTEMBER, new Tally(0, 0, 1)));
    }

    @Test
    void theSameEventTwiceChangesNothing() {
        InteractionCorrected correction = new InteractionCorrected(grace, OWNER, touch, InteractionType.CALL, NOVEMBER.atDay(3),
                Direction.ASKED, null, AT);
        projection.on(correction);
        Map<String, List<Document>> once = tallies();
        projection.on(correction);

        assertThat(tallies()).isEqualTo(once);
    }

    private GiveAndAskCounts counts() {
        return queries.handle(new CountGiveAndAsk(OWNER, YearMonth.from(LocalDate.of(2026, 1, 1)), NOVEMBER));
    }

    private Map<String, List<Document>> tallies() {
        return Map.of(GiveAndAskTallies.MONTHS, all(GiveAndAskTallies.MONTHS), GiveAndAskTallies.BALANCES, all(GiveAndAskTallies.BALANCES));
    }

    private List<Document> all(String name) {
        return database.getCollection(name).find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    /** The crash: the tallies are as they were before the event, the touches as after it. */
    private void restore(Map<String, List<Document>> tallies) {
        tallies.forEach((name, documents) -> {
            MongoCollection<Document> collection = database.getCollection(name);
            collection.deleteMany(new Document());
            if (!documents.isEmpty()) {
                collection.insertMany(documents);
            }
        });
    }
}
