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
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Answers {@link RebuildReadModels} and the read models' status. */
@Component
public class ReadModelReplay {

    private final EventProcessingConfiguration processing;
    private final ReadModelRebuilds rebuilds;

    public ReadModelReplay(EventProcessingConfiguration processing, ReadModelRebuilds rebuilds) {
        this.processing = processing;
        this.rebuilds = rebuilds;
    }

    @CommandHandler
    public List<String> handle(RebuildReadModels command) throws InterruptedException {
        return rebuilds.request("asked for with RebuildReadModels");
    }

    @QueryHandler
    public ReadModelStatus handle(FetchReadModelStatus query) {
        boolean rebuilding = rebuilds.rebuilding();
        return new ReadModelStatus(readModelProcessors(processing).stream().map(processor -> state(processor, rebuilding)).toList());
    }

    static List<TrackingEventProcessor> readModelProcessors(EventProcessingConfiguration processing) {
        return processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance)
                .map(TrackingEventProcessor.class::cast)
                .filter(processor -> processor.getName().equals(ReadModels.PROCESSING_GROUP))
                .sorted(Comparator.comparing(TrackingEventProcessor::getName))
                .toList();
    }

    /** "Rebuilding" for as long as the rebuild marker is there: from before the first delete until the head is folded again. */
    private static ReadModelState state(TrackingEventProcessor processor, boolean rebuilding) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        boolean claimed = !segments.isEmpty();
        return new ReadModelState(processor.getName(), processor.isRunning(),
                rebuilding,
                claimed && segments.stream().allMatch(EventTrackerStatus::isCaughtUp),
                processor.isError() || segments.stream().anyMatch(EventTrackerStatus::isErrorState));
    }
}
