package app.touchbase.platform.scheduling;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.jobrunr.storage.StorageProviderUtils.DatabaseOptions;
import org.jobrunr.storage.nosql.mongo.MongoDBCreator;
import org.jobrunr.storage.nosql.mongo.MongoDBStorageProvider;
import org.jobrunr.storage.nosql.mongo.migrations.M007_UpdateJobsCollectionReplaceIndices;
import org.jobrunr.storage.nosql.mongo.migrations.MongoMigration;

import java.util.List;

/**
 * JobRunr's MongoDB storage, with one migration adjusted: M007 drops all indexes with the wildcard
 * {@code dropIndexes("*")}, which the embedded server does not understand. Dropping them one by one
 * works on the embedded server and on MongoDB alike.
 */
final class JobRunrMongoStorage extends MongoDBStorageProvider {

    /** Keeps JobRunr's collections (jobs, migrations, ...) apart from the application's. */
    static final String COLLECTION_PREFIX = "jobrunr_";

    JobRunrMongoStorage(MongoClient client, String database) {
        super(client, database, COLLECTION_PREFIX, DatabaseOptions.CREATE);
    }

    @Override
    protected void runMigrations(MongoClient client, String database, String collectionPrefix) {
        new OneByOneIndexDrops(client, database, collectionPrefix).runMigrations();
    }

    private static final class OneByOneIndexDrops extends MongoDBCreator {

        OneByOneIndexDrops(MongoClient client, String database, String collectionPrefix) {
            super(List.of(MongoDBStorageProvider.class), client, database, collectionPrefix);
        }

        @Override
        protected void runMigration(MongoMigration migration) {
            super.runMigration(migration instanceof M007_UpdateJobsCollectionReplaceIndices
                    ? new ReplaceIndicesOneByOne() : migration);
        }
    }

    private static final class ReplaceIndicesOneByOne extends M007_UpdateJobsCollectionReplaceIndices {

        @Override
        protected void dropIndexes(MongoCollection<Document> collection) {
            for (Document index : collection.listIndexes()) {
                String name = index.getString("name");
                if (!"_id_".equals(name)) {
                    collection.dropIndex(name);
                }
            }
        }
    }
}
