package app.touchbase.replay;

import app.touchbase.replay.RebuildMarker.Rebuild;
import app.touchbase.replay.RebuildMarker.State;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The one way to rebuild the read models. A rebuild is first recorded in a marker document, then the read-model
 * processor's token is reset (its reset handlers empty the collections) and the processor reads the history again
 * from the beginning. The marker goes only once the newest event at the start has been folded, so a rebuild cut
 * short by a crash is started again from scratch at the next start, and the status says "rebuilding" all along.
 * Only the read-model processor is reset: the sagas and the mail outbox keep their place, so a rebuild sends nothing.
 */
@Component
public class ReadModelRebuilds {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelRebuilds.class);
    static final Duration WORKERS_START_WITHIN = Duration.ofSeconds(30);
    static final Duration WORKER_START_POLL = Duration.ofMillis(20);
    static final Duration CLAIM_RUNS_OUT_WITHIN = Duration.ofSeconds(15);
    static final Duration CLAIM_POLL = Duration.ofMillis(500);

    private final EventProcessingConfiguration processing;
    private final RebuildMarker marker;
    private final RebuildProgress progress;
    private final NewestEvent newestEvent;
    private final Clock clock;

    public ReadModelRebuilds(EventProcessingConfiguration processing, RebuildMarker marker, RebuildProgress progress,
                             NewestEvent newestEvent, Clock clock) {
        this.processing = processing;
        this.marker = marker;
        this.progress = progress;
        this.newestEvent = newestEvent;
        this.clock = clock;
    }

    /** Rebuilds every read model from the full history while the application runs; answers the rebuilt processors. */
    public synchronized List<String> request(String reason) throws InterruptedException {
        Rebuild rebuild = marker.place(reason, ReadModelVersion.CURRENT, clock.instant());
        List<TrackingEventProcessor> readModels = ReadModelReplay.readModelProcessors(processing);
        LOG.info("Rebuilding the read models from the full event history: {}", reason);
        for (TrackingEventProcessor readModel : readModels) {
            awaitWorkersStarted(readModel);
        }
        readModels.forEach(TrackingEventProcessor::shutDown);
        try {
            resetFromTheBeginning(rebuild, readModels);
        } finally {
            // a failed reset leaves the marker, so the next start rebuilds; until then the models keep processing
            readModels.forEach(TrackingEventProcessor::start);
        }
        return readModels.stream().map(TrackingEventProcessor::getName).sorted().toList();
    }

    /**
     * Runs before the processors start: goes on with a rebuild that a crash cut short, or starts one when asked
     * ({@code touchbase.replay=true}) or when the read models were built by another {@link ReadModelVersion}.
     */
    synchronized void atStartup(boolean askedFor) {
        State state = marker.read();
        Rebuild rebuild;
        if (state.rebuild().isPresent()) {
            rebuild = state.rebuild().get();
            LOG.warn("A rebuild of the read models did not finish ({}); rebuilding them again from the beginning", rebuild.reason());
        } else if (askedFor) {
            rebuild = marker.place("asked for at start-up (touchbase.replay=true)", ReadModelVersion.CURRENT, clock.instant());
        } else if (!Objects.equals(state.version(), ReadModelVersion.CURRENT)) {
            rebuild = marker.place(state.version() == null
                    ? "no read-model version recorded yet, this version uses " + ReadModelVersion.CURRENT
                    : "read models of version " + state.version() + ", this version uses " + ReadModelVersion.CURRENT,
                    ReadModelVersion.CURRENT, clock.instant());
        } else {
            return;
        }
        LOG.info("Rebuilding the read models from the full event history: {}", rebuild.reason());
        resetFromTheBeginning(rebuild, ReadModelReplay.readModelProcessors(processing));
    }

    boolean rebuilding() {
        return marker.rebuilding();
    }

    private void resetFromTheBeginning(Rebuild rebuild, List<TrackingEventProcessor> readModels) {
        progress.awaitUntil(rebuild, newestEvent.identifier());
        readModels.forEach(ReadModelRebuilds::resetTokens);
    }

    /**
     * On an external MongoDB a killed instance's claim on the token holds until it times out (10 s); a reset claims
     * the token before any reset handler runs, so it simply waits for the claim to run out.
     */
    private static void resetTokens(TrackingEventProcessor processor) {
        long deadline = System.nanoTime() + CLAIM_RUNS_OUT_WITHIN.toNanos();
        for (int attempt = 0; ; attempt++) {
            try {
                processor.resetTokens();
                return;
            } catch (UnableToClaimTokenException claimedElsewhere) {
                if (System.nanoTime() > deadline) {
                    throw claimedElsewhere;
                }
                if (attempt == 0) {
                    LOG.info("The read models' token is still claimed by a stopped instance; waiting for the claim to run out");
                }
                try {
                    Thread.sleep(CLAIM_POLL.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw claimedElsewhere;
                }
            }
        }
    }

    /**
     * A tracking processor stopped while it is still starting its segment workers keeps the segment marked active
     * and never claims it again after a restart; so a rebuild asked for right after start-up waits for the workers.
     */
    private static void awaitWorkersStarted(TrackingEventProcessor processor) throws InterruptedException {
        long deadline = System.nanoTime() + WORKERS_START_WITHIN.toNanos();
        while (processor.isRunning() && processor.processingStatus().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(WORKER_START_POLL.toMillis());
        }
    }
}
