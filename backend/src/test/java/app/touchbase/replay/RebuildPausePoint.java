package app.touchbase.replay;

import app.touchbase.platform.axon.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In a process {@link RebuildCrashTest} kills: {@code touchbase.test.pause-at=reset} stops the rebuild inside the reset,
 * {@code =N} inside the replay at its N-th event (a batch half done). It says "paused" and waits for the kill.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
@ConditionalOnProperty("touchbase.test.pause-at")
class RebuildPausePoint {

    private final String pauseAt;
    private final AtomicInteger events = new AtomicInteger();

    RebuildPausePoint(@Value("${touchbase.test.pause-at}") String pauseAt) {
        this.pauseAt = pauseAt;
    }

    @ResetHandler
    void reset() throws InterruptedException {
        if (pauseAt.equals("reset")) {
            pause();
        }
    }

    @EventHandler
    void on(Object anyEvent) throws InterruptedException {
        if (String.valueOf(events.incrementAndGet()).equals(pauseAt)) {
            pause();
        }
    }

    private static void pause() throws InterruptedException {
        System.out.println("paused");
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
