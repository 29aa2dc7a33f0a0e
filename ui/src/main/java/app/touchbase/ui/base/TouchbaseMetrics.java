package app.touchbase.ui.base;

import app.touchbase.reminder.api.FetchOutboxTotals;
import app.touchbase.reminder.api.OutboxTotals;
import app.touchbase.replay.api.FetchReadModelStatus;
import app.touchbase.replay.api.ReadModelState;
import app.touchbase.replay.api.ReadModelStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * What an operator watches, on the management port: the outbox by status (every account's, counts only) and whether
 * the read models are caught up or rebuilding.
 */
@Component
class TouchbaseMetrics implements MeterBinder {

    private final Backend backend;

    TouchbaseMetrics(Backend backend) {
        this.backend = backend;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        outbox(registry, "waiting", OutboxTotals::waiting);
        outbox(registry, "failing", OutboxTotals::failing);
        outbox(registry, "failed", OutboxTotals::failed);
        outbox(registry, "kept", OutboxTotals::kept);
        outbox(registry, "sent", OutboxTotals::sent);
        readModels(registry, "touchbase.read.models.behind", model -> !model.caughtUp(), "read models not caught up with the events");
        readModels(registry, "touchbase.read.models.rebuilding", ReadModelState::rebuilding, "read models being rebuilt");
        readModels(registry, "touchbase.read.models.failing", ReadModelState::failing, "read models whose processing fails");
    }

    private void outbox(MeterRegistry registry, String status, ToLongFunction<OutboxTotals> count) {
        Gauge.builder("touchbase.outbox.mails", this, metrics -> count.applyAsLong(metrics.totals()))
                .tag("status", status)
                .description("reminder and digest mails in the outbox")
                .register(registry);
    }

    private void readModels(MeterRegistry registry, String name, Predicate<ReadModelState> which, String description) {
        Gauge.builder(name, this, metrics -> metrics.status().readModels().stream().filter(which).count())
                .description(description)
                .register(registry);
    }

    private OutboxTotals totals() {
        return backend.query(new FetchOutboxTotals(), OutboxTotals.class);
    }

    private ReadModelStatus status() {
        return backend.query(new FetchReadModelStatus(), ReadModelStatus.class);
    }
}
