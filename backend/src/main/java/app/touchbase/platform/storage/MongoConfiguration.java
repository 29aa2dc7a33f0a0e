package app.touchbase.platform.storage;

import app.touchbase.platform.mongo.PeriodCodec;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.UuidRepresentation;
import org.bson.codecs.configuration.CodecRegistries;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.TimeUnit;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
public class MongoConfiguration {

    @Bean
    StorageFaults storageFaults() {
        return new StorageFaults();
    }

    @Bean(destroyMethod = "close")
    MongoEndpoint mongoEndpoint(StorageProperties properties, StorageFaults storageFaults) {
        return MongoEndpoint.start(properties, storageFaults);
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoEndpoint endpoint) {
        return MongoClients.create(clientSettings(endpoint.connectionString()));
    }

    @Bean
    MongoDatabase touchbaseDatabase(MongoClient client, StorageProperties properties) {
        return client.getDatabase(properties.database());
    }

    public static MongoClientSettings clientSettings(String connectionString) {
        return MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .codecRegistry(CodecRegistries.fromRegistries(CodecRegistries.fromCodecs(new PeriodCodec()),
                        MongoClientSettings.getDefaultCodecRegistry()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .build();
    }
}
