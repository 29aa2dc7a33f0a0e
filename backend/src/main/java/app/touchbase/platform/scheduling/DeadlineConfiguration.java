package app.touchbase.platform.scheduling;

import app.touchbase.platform.storage.StorageProperties;
import com.mongodb.client.MongoClient;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.jobrunr.JobRunrDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.axonframework.tracing.NoOpSpanFactory;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Duration;

/**
 * Durable deadlines: Axon's JobRunr deadline manager keeps each deadline as a job in the same MongoDB,
 * so a deadline scheduled before a restart still fires after it, and only one instance runs it.
 * JobRunr is built by hand (no global state), so several application contexts can share one JVM.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineConfiguration.SchedulingProperties.class)
public class DeadlineConfiguration {

    /** JobRunr refuses to look for due jobs more often than this. */
    public static final Duration MIN_POLL_INTERVAL = Duration.ofSeconds(5);

    @ConfigurationProperties("touchbase.scheduling")
    public record SchedulingProperties(Duration pollInterval, int workers) {
        public SchedulingProperties {
            pollInterval = pollInterval == null ? Duration.ofSeconds(15) : pollInterval;
            if (pollInterval.compareTo(MIN_POLL_INTERVAL) < 0) {
                throw new IllegalArgumentException("touchbase.scheduling.poll-interval must be at least "
                        + MIN_POLL_INTERVAL.toSeconds() + "s, was " + pollInterval.toMillis() + "ms");
            }
            workers = workers <= 0 ? 2 : workers;
        }
    }

    @Bean
    JsonMapper jobRunrJsonMapper() {
        return new JacksonJsonMapper();
    }

    @Bean
    StorageProvider jobRunrStorage(MongoClient client, StorageProperties storage, JsonMapper jobRunrJsonMapper) {
        JobRunrMongoStorage provider = new JobRunrMongoStorage(client, storage.database());
        provider.setJobMapper(new JobMapper(jobRunrJsonMapper));
        return provider;
    }

    @Bean
    JobScheduler jobScheduler(StorageProvider jobRunrStorage) {
        return new JobScheduler(jobRunrStorage);
    }

    /** Runs the deadline jobs: JobRunr finds this bean by its type when a job fires. */
    @Bean
    JobRunrDeadlineManager jobRunrDeadlineManager(JobScheduler jobScheduler, Serializer serializer,
                                                  org.axonframework.config.Configuration axonConfiguration) {
        return JobRunrDeadlineManager.builder()
                .jobScheduler(jobScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axonConfiguration))
                .serializer(serializer)
                .transactionManager(NoTransactionManager.INSTANCE)
                .spanFactory(NoOpSpanFactory.INSTANCE)
                .build();
    }

    @Bean
    @Primary
    DeadlineManager deadlineManager(JobRunrDeadlineManager jobRunrDeadlineManager, SchedulingProperties properties) {
        return new PunctualDeadlines(jobRunrDeadlineManager, properties.pollInterval());
    }

    @Bean
    JobServer jobServer(StorageProvider jobRunrStorage, JsonMapper jobRunrJsonMapper, ApplicationContext context,
                        SchedulingProperties properties) {
        return new JobServer(new BackgroundJobServer(jobRunrStorage, jobRunrJsonMapper, context::getBean,
                BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration()
                        .andPollInterval(properties.pollInterval())
                        .andWorkerCount(properties.workers())));
    }

    /** Runs due jobs while the application runs: starts after Axon's processors, stops before them. */
    static final class JobServer implements SmartLifecycle {

        private final BackgroundJobServer server;
        private volatile boolean running;

        JobServer(BackgroundJobServer server) {
            this.server = server;
        }

        @Override
        public void start() {
            server.start();
            running = true;
        }

        @Override
        public void stop() {
            server.stop();
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return Integer.MAX_VALUE - 100;
        }
    }
}
