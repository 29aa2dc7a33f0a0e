package app.touchbase.platform.axon;

/**
 * All read models share one event processor: the history is read once, not once per model (on the embedded
 * server every read of the event stream is a full scan), and the models move forward together, so the
 * due list and a contact's page never disagree about which events they have seen.
 */
public final class ReadModels {

    public static final String PROCESSING_GROUP = "read-models";

    private ReadModels() {
    }
}
