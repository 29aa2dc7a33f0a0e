package app.touchbase.platform.storage;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;

/**
 * The H2 backend commits in the background about once a second, so a crash could lose writes the client
 * was already told about. Committing after every command closes that window: an acknowledged write
 * is in the file before the acknowledgement leaves. A commit with nothing to write is a cheap no-op.
 */
final class DurableH2Backend extends H2Backend {

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document result = super.handleCommand(channel, databaseName, command, query);
        commit();
        return result;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document result = super.handleMessage(message);
        commit();
        return result;
    }
}
