package app.touchbase.platform.axon;

import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

import java.util.concurrent.ScheduledExecutorService;

/**
 * Two writers appending to one contact at once (two app instances, say) make the second append fail;
 * such a command is simply run again on the fresh state. Every other failure is final: a refused
 * command stays refused however often it is sent.
 */
final class ConcurrencyRetryScheduler extends IntervalRetryScheduler {

    static final int MAX_RETRIES = 8;
    static final int RETRY_INTERVAL_MS = 25;

    private ConcurrencyRetryScheduler(Builder builder) {
        super(builder);
    }

    static ConcurrencyRetryScheduler create(ScheduledExecutorService executor) {
        return new ConcurrencyRetryScheduler((Builder) IntervalRetryScheduler.builder()
                .retryExecutor(executor)
                .maxRetryCount(MAX_RETRIES)
                .retryInterval(RETRY_INTERVAL_MS));
    }

    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return false;
            }
        }
        return true;
    }
}
