package app.touchbase.replay;

import app.touchbase.platform.axon.ReadModels;
import app.touchbase.replay.api.FetchReadModelStatus;
import app.touchbase.replay.api.ReadModelState;
import app.touchbase.replay.api.ReadModelStatus;
import app.touchbase.replay.api.RebuildReadModels;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds every read model from the event history: the read-model processor is stopped, its token reset
 * (its reset handlers empty their collections) and started again. Only that processor: the sagas and the mail
 * outbox keep their place in the history, so a rebuild never sends anything twice.
 */
@Component
public class ReadModelReplay {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelReplay.class);
    static final Duration WORKERS_START_WITHIN = Duration.ofSeconds(30);
    static final Duration WORKER_START_POLL = Duration.ofMillis(20);

    private final EventProcessingConfiguration processing;

    public ReadModelReplay(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @CommandHandler
    public List<String> handle(RebuildReadModels command) throws InterruptedException {
        List<TrackingEventProcessor> readModels = readModelProcessors(processing);
        LOG.info("Rebuilding {} read models from the full event history", readModels.size());
        for (TrackingEventProcessor readModel : readModels) {
            awaitWorkersStarted(readModel);
        }
        readModels.forEach(TrackingEventProcessor::shutDown);
        readModels.forEach(TrackingEventProcessor::resetTokens);
        readModels.forEach(TrackingEventProcessor::start);
        return readModels.stream().map(TrackingEventProcessor::getName).sorted().toList();
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

    @QueryHandler
    public ReadModelStatus handle(FetchReadModelStatus query) {
        return new ReadModelStatus(readModelProcessors(processing).stream().map(ReadModelReplay::state).toList());
    }

    static List<TrackingEventProcessor> readModelProcessors(EventProcessingConfiguration processing) {
        return processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance)
                .map(TrackingEventProcessor.class::cast)
                .filter(processor -> processor.getName().equals(ReadModels.PROCESSING_GROUP))
                .sorted(Comparator.comparing(TrackingEventProcessor::getName))
                .toList();
    }

    /**
     * A processor that started from the tail stays marked as replaying until a new event passes the position
     * it started at, so "rebuilding" means replaying and not yet through the history.
     */
    private static ReadModelState state(TrackingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        boolean claimed = !segments.isEmpty();
        return new ReadModelState(processor.getName(), processor.isRunning(),
                segments.stream().anyMatch(segment -> segment.isReplaying() && !segment.isCaughtUp()),
                claimed && segments.stream().allMatch(EventTrackerStatus::isCaughtUp),
                processor.isError() || segments.stream().anyMatch(EventTrackerStatus::isErrorState));
    }
}
