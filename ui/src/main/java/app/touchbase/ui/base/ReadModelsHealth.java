package app.touchbase.ui.base;

import app.touchbase.replay.api.FetchReadModelStatus;
import app.touchbase.replay.api.ReadModelStatus;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Ready to serve once every read model has caught up with the events (not while rebuilding or failing). */
@Component("readModels")
class ReadModelsHealth implements HealthIndicator {

    private final Backend backend;

    ReadModelsHealth(Backend backend) {
        this.backend = backend;
    }

    @Override
    public Health health() {
        ReadModelStatus status = backend.query(new FetchReadModelStatus(), ReadModelStatus.class);
        Health.Builder health = status.allCaughtUp() ? Health.up() : Health.outOfService();
        status.readModels().forEach(model -> health.withDetail(model.name(),
                model.failing() ? "failing" : model.rebuilding() ? "rebuilding" : model.caughtUp() ? "caught up" : "catching up"));
        return health.build();
    }
}
