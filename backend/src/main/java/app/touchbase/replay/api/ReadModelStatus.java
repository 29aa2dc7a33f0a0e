package app.touchbase.replay.api;

import java.util.List;

public record ReadModelStatus(List<ReadModelState> readModels) {

    /** True while a rebuild is under way: the read models are incomplete until it is done. */
    public boolean rebuilding() {
        return readModels.stream().anyMatch(ReadModelState::rebuilding);
    }

    /**
     * True once every read model has reached the end of the event stream (after a rebuild: worked through the whole
     * history) and none is failing. Events written a moment ago may still be on their way.
     */
    public boolean allCaughtUp() {
        return !readModels.isEmpty() && readModels.stream().allMatch(model -> model.caughtUp() && !model.rebuilding() && !model.failing());
    }
}
