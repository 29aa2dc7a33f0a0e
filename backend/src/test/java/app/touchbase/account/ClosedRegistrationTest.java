package app.touchbase.account;

import app.touchbase.account.api.AccountCount;
import app.touchbase.account.api.CountAccounts;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.replay.api.RebuildReadModels;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.Touchbase;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A new installation with registration closed: its own empty database, where exactly one account can ever be opened. */
@IntegrationTest
@TestPropertySource(properties = {"touchbase.accounts.open-registration=false", "spring.application.name=closed-registration"})
class ClosedRegistrationTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    @Autowired
    Touchbase touchbase;
    @Autowired
    MongoDatabase database;

    @Test
    void onlyOneOfTwoParallelFirstRegistrationsOpensAnAccountAndNoneOpensAfterItEvenWhileReadModelsAreEmpty() throws Exception {
        assertThat(touchbase.query(new CountAccounts(), AccountCount.class).accounts()).isZero();
        List<Object> outcomes = registerInParallel("first-ada", "first-bob");
        assertThat(outcomes).filteredOn(String.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(CommandRejectedException.class::isInstance).singleElement()
                .satisfies(refusal -> assertThat(((Exception) refusal)).hasMessageContaining("opens no more accounts"));
        await().until(() -> touchbase.query(new CountAccounts(), AccountCount.class).accounts() == 1);

        // what a rebuild does first: the accounts read model is empty, so the sign-in page would offer a first account
        database.getCollection("accounts").deleteMany(new Document());
        assertThat(touchbase.query(new CountAccounts(), AccountCount.class).accounts()).isZero();
        assertThatThrownBy(() -> touchbase.send(new RegisterAccount("while-empty", "Eve", "a long test password", ZONE)))
                .isInstanceOf(CommandRejectedException.class);

        CompletableFuture<Object> rebuild = CompletableFuture.supplyAsync(() -> touchbase.send(new RebuildReadModels()));
        assertThatThrownBy(() -> touchbase.send(new RegisterAccount("during-rebuild", "Eve", "a long test password", ZONE)))
                .isInstanceOf(CommandRejectedException.class);
        rebuild.join();
        await().until(() -> touchbase.query(new CountAccounts(), AccountCount.class).accounts() == 1);
    }

    List<Object> registerInParallel(String... usernames) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(usernames.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> results = new ArrayList<>();
            for (String username : usernames) {
                results.add(threads.submit(() -> {
                    start.await();
                    try {
                        return touchbase.send(new RegisterAccount(username, "Racer", "a long test password", ZONE));
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get());
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
