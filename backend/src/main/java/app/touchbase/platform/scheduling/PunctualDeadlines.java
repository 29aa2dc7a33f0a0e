package app.touchbase.platform.scheduling;

import org.axonframework.common.Registration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ScopeDescriptor;

import java.time.Duration;
import java.time.Instant;

/**
 * Deadlines that never fire before their moment. JobRunr takes a scheduled job as soon as it falls due within the
 * next poll interval, so a job fires up to one interval early; asking it for the moment plus one interval makes it
 * fire at the first poll at or after the moment instead.
 */
final class PunctualDeadlines implements DeadlineManager {

    private final DeadlineManager jobs;
    private final Duration pollInterval;

    PunctualDeadlines(DeadlineManager jobs, Duration pollInterval) {
        this.jobs = jobs;
        this.pollInterval = pollInterval;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload, ScopeDescriptor deadlineScope) {
        return jobs.schedule(triggerDateTime.plus(pollInterval), deadlineName, messageOrPayload, deadlineScope);
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        jobs.cancelSchedule(deadlineName, scheduleId);
    }

    @Override
    public void cancelAll(String deadlineName) {
        jobs.cancelAll(deadlineName);
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        jobs.cancelAllWithinScope(deadlineName, scope);
    }

    @Override
    public void shutdown() {
        jobs.shutdown();
    }

    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super DeadlineMessage<?>> interceptor) {
        return jobs.registerDispatchInterceptor(interceptor);
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super DeadlineMessage<?>> interceptor) {
        return jobs.registerHandlerInterceptor(interceptor);
    }
}
