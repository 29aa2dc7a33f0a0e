package app.touchbase.bench;

import app.touchbase.platform.storage.MongoConfiguration;
import app.touchbase.support.RequestsSent;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts the app's requests to the database by command and collection, with the time each took, by giving the app a
 * client that reports them (the same settings, one listener more).
 */
final class RoundTrips implements CommandListener {

    record Count(long count, long nanos) {
    }

    private final Map<Integer, String> started = new ConcurrentHashMap<>();
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    void countIn(ConfigurableApplicationContext app) {
        app.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof MongoClient client) {
                    String uri = "mongodb://" + client.getClusterDescription().getClusterSettings().getHosts().get(0);
                    client.close();
                    return MongoClients.create(MongoClientSettings.builder(MongoConfiguration.clientSettings(uri))
                            .addCommandListener(RoundTrips.this).build());
                }
                return bean;
            }
        });
    }

    void reset() {
        counts.clear();
    }

    Map<String, Count> counted() {
        return new TreeMap<>(counts);
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        started.put(event.getRequestId(), RequestsSent.of(event));
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        finished(event.getRequestId(), event.getElapsedTime(TimeUnit.NANOSECONDS));
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        finished(event.getRequestId(), event.getElapsedTime(TimeUnit.NANOSECONDS));
    }

    private void finished(int requestId, long nanos) {
        String key = started.remove(requestId);
        if (key != null) {
            counts.merge(key, new Count(1, nanos), (a, b) -> new Count(a.count() + b.count(), a.nanos() + b.nanos()));
        }
    }
}
