package app.touchbase.replay.api;

import java.util.List;

public record ReadModelStatus(List<ReadModelState> readModels) {

    /** True once every read model has processed the whole history and is not rebuilding. */
    public boolean allCaughtUp() {
        return !readModels.isEmpty() && readModels.stream().allMatch(model -> model.caughtUp() && !model.rebuilding() && !model.failing());
    }
}
