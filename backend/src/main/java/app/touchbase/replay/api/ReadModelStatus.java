package app.touchbase.replay.api;

import java.util.List;

public record ReadModelStatus(List<ReadModelState> readModels) {

    /**
     * True once every read model has reached the end of the event stream (after a rebuild: worked through the whole
     * history) and none is failing. Events written a moment ago may still be on their way.
     */
    public boolean allCaughtUp() {
        return !readModels.isEmpty() && readModels.stream().allMatch(model -> model.caughtUp() && !model.rebuilding() && !model.failing());
    }
}
