package app.touchbase;

import app.touchbase.interaction.api.InteractionType;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.Touchbase;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class ConcurrentTouchesTest {

    static final int TOUCHES = 40;

    @Autowired
    Touchbase touchbase;
    @Autowired
    EventStore eventStore;
    @Autowired
    MutableClock clock;

    @Test
    void manyTouchesLoggedAtOnceOnOneContactAreAllKept() throws Exception {
        String owner = Touchbase.newOwner();
        UUID contact = touchbase.addContact(owner, "Busy Person");
        LocalDate base = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(TOUCHES);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<UUID>> tasks = IntStream.range(0, TOUCHES).<Callable<UUID>>mapToObj(i -> () -> {
                start.await();
                return touchbase.logInteraction(owner, contact, InteractionType.MESSAGE, base.plusDays(i));
            }).toList();
            List<Future<UUID>> results = tasks.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<UUID> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(eventStore.readEvents(contact.toString()).asStream().count()).isEqualTo(TOUCHES + 1);
        await().untilAsserted(() -> assertThat(touchbase.contact(owner, contact).orElseThrow().interactions()).hasSize(TOUCHES));
        assertThat(touchbase.contact(owner, contact).orElseThrow().timeline()).hasSize(TOUCHES + 1);
        await().untilAsserted(() -> assertThat(touchbase.nextTouch(owner, contact).orElseThrow().lastTouchOn())
                .isEqualTo(base.plusDays(TOUCHES - 1)));
    }
}
