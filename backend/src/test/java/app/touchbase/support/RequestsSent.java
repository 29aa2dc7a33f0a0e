package app.touchbase.support;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the requests a client sends to the database, by command and the collection it names. */
public final class RequestsSent implements CommandListener {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    /**
     * The command and its collection, as in "update contact_timeline". The command's document is read from the
     * driver's buffer, valid only while the event lasts, so it is read here and not kept.
     */
    public static String of(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        String name = event.getCommandName();
        String collection = command.isString(name) ? command.getString(name).getValue() : "";
        return (name + " " + collection).strip();
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        counts.computeIfAbsent(of(event), request -> new AtomicInteger()).incrementAndGet();
    }

    /** How many requests of this kind (insert, update, find…) were sent for the collection so far. */
    public int count(String command, String collection) {
        AtomicInteger count = counts.get(command + " " + collection);
        return count == null ? 0 : count.get();
    }
}
