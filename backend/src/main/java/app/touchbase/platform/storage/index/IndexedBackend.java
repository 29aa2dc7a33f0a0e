package app.touchbase.platform.storage.index;

/** An embedded backend with the indexes of this package. */
public interface IndexedBackend {

    QueriesAnsweredByScan queriesAnsweredByScan();
}
