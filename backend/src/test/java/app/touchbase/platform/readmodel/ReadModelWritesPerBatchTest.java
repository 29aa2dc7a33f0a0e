package app.touchbase.platform.readmodel;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.ResultMessage;
import org.bson.UuidRepresentation;
import org.bson.codecs.pojo.annotations.BsonId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Batches run through Axon's own batching unit of work and the real wire protocol of the embedded server. */
public class ReadModelWritesPerBatchTest {

    public record Tally(@BsonId String name, int count, String group) {
    }

    public record Person(@BsonId UUID id, String name) {
    }

    record Count(String name, String group) {
    }

    record Fail() {
    }

    final MongoServer server = new MongoServer(new MemoryBackend());
    final List<String> commands = new CopyOnWriteArrayList<>();
    final List<Integer> rowsPerUpdate = new CopyOnWriteArrayList<>();
    final MongoClient client = client();
    final ReadModelCollection<Tally> tallies = ReadModelCollection.of(client.getDatabase("touchbase"), "tallies", Tally.class);

    /** A fold like the projections': read the row by id, write it back whole. */
    final MessageHandler<EventMessage<?>> countingHandler = event -> {
        if (event.getPayload() instanceof Fail) {
            throw new IllegalStateException("this event fails");
        }
        Count count = (Count) event.getPayload();
        int before = tallies.findById(count.name()).map(Tally::count).orElse(0);
        tallies.put(new Tally(count.name(), before + 1, count.group()));
        return null;
    };

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aBatchSendsItsWritesOnceAfterItsLastEventAndBeforeItsCommit() {
        List<Optional<Tally>> storedWhileHandling = new ArrayList<>();
        List<Optional<Tally>> storedWhenCommitting = new ArrayList<>();
        MessageHandler<EventMessage<?>> watching = event -> {
            countingHandler.handle(event);
            storedWhileHandling.add(stored("ada"));
            return null;
        };
        commands.clear();
        rowsPerUpdate.clear();

        ResultMessage<?> result = InOneBatch.handle(watching, unitOfWork -> storedWhenCommitting.add(stored("ada")),
                new Count("ada", "mentors"), new Count("ada", "mentors"), new Count("ada", "mentors"));

        assertThat(result.isExceptional()).isFalse();
        assertThat(storedWhileHandling).as("nothing reaches the database while the batch is handled")
                .containsOnly(Optional.empty());
        assertThat(storedWhenCommitting).as("the writes are stored before the batch commits, so before its token")
                .containsExactly(Optional.of(new Tally("ada", 3, "mentors")));
        assertThat(rowsPerUpdate).as("one bulk write for three events, the row written once").containsExactly(1);
        assertThat(commands.stream().filter(name -> name.equals("find")).count())
                .as("one read by id for the fold, the others are the test's own checks").isEqualTo(1 + 3 + 1);
    }

    @Test
    void aRowKeyedByUuidIsReadBackFromTheBatch() {
        UUID ada = UUID.randomUUID();
        ReadModelCollection<Person> people = ReadModelCollection.of(client.getDatabase("touchbase"), "people", Person.class);
        List<Optional<Person>> found = new ArrayList<>();
        MessageHandler<EventMessage<?>> handler = event -> {
            String name = ((Count) event.getPayload()).name();
            found.add(people.findById(ada));
            people.put(new Person(ada, name));
            return null;
        };
        commands.clear();

        InOneBatch.handle(handler, new Count("Ada", null), new Count("Ada King", null), new Count("Ada Lovelace", null));

        assertThat(found).containsExactly(Optional.empty(), Optional.of(new Person(ada, "Ada")), Optional.of(new Person(ada, "Ada King")));
        assertThat(commands).as("one read, one write").containsExactly("find", "update");
        assertThat(people.stored().find().into(new ArrayList<>())).containsExactly(new Person(ada, "Ada Lovelace"));
    }

    @Test
    void aBatchThatFailsStoresNothing() {
        ResultMessage<?> result = InOneBatch.handle(countingHandler, new Count("ada", "mentors"), new Count("grace", "peers"), new Fail());

        assertThat(result.isExceptional()).isTrue();
        assertThat(tallies.stored().countDocuments()).isZero();
    }

    @Test
    void readsOtherThanByIdSeeTheBatchsOwnWrites() {
        List<Optional<Tally>> found = new ArrayList<>();
        MessageHandler<EventMessage<?>> handler = event -> {
            countingHandler.handle(event);
            found.add(tallies.findFirst(Filters.eq("group", "peers"), Sorts.descending("count")));
            return null;
        };

        InOneBatch.handle(handler, new Count("ada", "mentors"), new Count("grace", "peers"));

        assertThat(found).containsExactly(Optional.empty(), Optional.of(new Tally("grace", 1, "peers")));
    }

    @Test
    void rowsChangedByOperatorsOrFiltersAreReadBackFromTheDatabase() {
        List<Optional<Tally>> found = new ArrayList<>();
        MessageHandler<EventMessage<?>> handler = event -> {
            Count count = (Count) event.getPayload();
            switch (count.name()) {
                case "put" -> tallies.put(new Tally("ada", 1, "mentors"));
                case "increment" -> tallies.update("ada", Updates.inc("count", 10));
                case "move" -> tallies.updateMany(Filters.eq("group", "mentors"), Updates.set("group", "peers"));
                case "delete all" -> tallies.deleteMany(Filters.eq("group", "peers"));
                default -> throw new IllegalArgumentException(count.name());
            }
            found.add(tallies.findById("ada"));
            return null;
        };

        InOneBatch.handle(handler, new Count("put", null), new Count("increment", null), new Count("move", null), new Count("delete all", null));

        assertThat(found).containsExactly(
                Optional.of(new Tally("ada", 1, "mentors")),
                Optional.of(new Tally("ada", 11, "mentors")),
                Optional.of(new Tally("ada", 11, "peers")),
                Optional.empty());
    }

    @Test
    void aRowWrittenAgainAfterAChangeByFilterKeepsTheOrderOfTheWrites() {
        MessageHandler<EventMessage<?>> handler = event -> {
            switch (((Count) event.getPayload()).name()) {
                case "first" -> tallies.put(new Tally("ada", 1, "mentors"));
                case "move" -> tallies.updateMany(Filters.eq("group", "mentors"), Updates.set("group", "peers"));
                case "again" -> tallies.put(new Tally("ada", 5, "mentors"));
                default -> throw new IllegalArgumentException();
            }
            return null;
        };

        InOneBatch.handle(handler, new Count("first", null), new Count("move", null), new Count("again", null));

        assertThat(stored("ada")).contains(new Tally("ada", 5, "mentors"));
    }

    @Test
    void aReplacementOfARowThatIsNotThereStoresNothing() {
        MessageHandler<EventMessage<?>> handler = event -> {
            tallies.replaceExisting(new Tally(((Count) event.getPayload()).name(), 5, "peers"));
            return null;
        };
        tallies.put(new Tally("ada", 1, "mentors"));

        InOneBatch.handle(handler, new Count("ada", null), new Count("grace", null));

        assertThat(stored("ada")).contains(new Tally("ada", 5, "peers"));
        assertThat(stored("grace")).isEmpty();
    }

    @Test
    void outsideABatchEveryWriteIsStoredAtOnce() {
        tallies.put(new Tally("ada", 1, "mentors"));
        assertThat(stored("ada")).contains(new Tally("ada", 1, "mentors"));
        tallies.update("ada", Updates.inc("count", 1));
        assertThat(tallies.findById("ada")).contains(new Tally("ada", 2, "mentors"));
        tallies.delete("ada");
        assertThat(stored("ada")).isEmpty();
    }

    private Optional<Tally> stored(String name) {
        return Optional.ofNullable(tallies.stored().find(Filters.eq("_id", name)).first());
    }

    private MongoClient client() {
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.add(event.getCommandName());
                if (event.getCommandName().equals("update")) {
                    rowsPerUpdate.add(event.getCommand().getArray("updates").size());
                }
            }
        };
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .addCommandListener(listener)
                .build());
    }
}
