package app.touchbase.replay;

import app.touchbase.platform.axon.ReadModels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/** Sees every event the read models see, so a rebuild knows when it has passed the head it started from. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
class RebuildCompletion {

    private final RebuildProgress progress;

    RebuildCompletion(RebuildProgress progress) {
        this.progress = progress;
    }

    /** The marker goes once the batch holding the last event is committed, token included. */
    @EventHandler
    void on(Object anyEvent, @MessageIdentifier String eventId) {
        if (progress.endsTheRebuild(eventId)) {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(batch -> progress.finishAfter(eventId));
            } else {
                progress.finishAfter(eventId);
            }
        }
    }
}
