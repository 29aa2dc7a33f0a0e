package app.touchbase.replay;

import app.touchbase.replay.RebuildMarker.Rebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Which event ends the running rebuild: the newest event when it started. Once the read-model processor has handled
 * it, every older event has been folded again and the marker goes.
 */
@Component
class RebuildProgress {

    private static final Logger LOG = LoggerFactory.getLogger(RebuildProgress.class);

    private record Awaited(Rebuild rebuild, String lastEventId) {
    }

    private final RebuildMarker marker;
    private volatile Awaited awaited;

    RebuildProgress(RebuildMarker marker) {
        this.marker = marker;
    }

    /** Call before the processor starts reading from the beginning. */
    void awaitUntil(Rebuild rebuild, Optional<String> lastEventId) {
        if (lastEventId.isEmpty()) {
            awaited = null;
            finish(rebuild);
        } else {
            awaited = new Awaited(rebuild, lastEventId.get());
        }
    }

    boolean endsTheRebuild(String eventId) {
        Awaited current = awaited;
        return current != null && current.lastEventId().equals(eventId);
    }

    void finishAfter(String eventId) {
        Awaited current = awaited;
        if (current != null && current.lastEventId().equals(eventId)) {
            awaited = null;
            finish(current.rebuild());
        }
    }

    private void finish(Rebuild rebuild) {
        marker.remove(rebuild);
        LOG.info("Read models rebuilt ({})", rebuild.reason());
    }
}
