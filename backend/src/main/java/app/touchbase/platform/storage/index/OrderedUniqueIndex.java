package app.touchbase.platform.storage.index;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;

import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A unique index as the embedded server keeps it (it checks uniqueness and finds exact keys), plus a
 * {@link SortedIndex} over the same keys, so that a key prefix plus a range is read in order too
 * (the server's own unique index refuses any operator on a compound key).
 */
public final class OrderedUniqueIndex<P> extends Index<P> {

    private final Index<P> unique;
    private final SortedIndex<P> ordered;

    private OrderedUniqueIndex(Index<P> unique, SortedIndex<P> ordered, boolean sparse) {
        super(unique.getName(), unique.getKeys(), sparse);
        this.unique = unique;
        this.ordered = ordered;
    }

    static <P> OrderedUniqueIndex<P> over(Index<P> unique, boolean sparse) {
        return new OrderedUniqueIndex<>(unique, new OrderedIndex<>(unique.getName(), unique.getKeys(), sparse), sparse);
    }

    /**
     * A persistent unique index comes back filled after a restart, and so does a stored ordered copy; one that is
     * empty beside a filled unique index (a file written before the copy was stored) is filled from the documents.
     */
    static <P> OrderedUniqueIndex<P> reopened(Index<P> unique, SortedIndex<P> ordered, boolean sparse,
                                              Supplier<Stream<DocumentWithPosition<P>>> documents) {
        if (!unique.isEmpty() && ordered.isEmpty()) {
            documents.get().forEach(document -> ordered.add(document.getDocument(), document.getPosition(), null));
            ordered.filled();
        }
        return new OrderedUniqueIndex<>(unique, ordered, sparse);
    }

    SortedIndex<P> ordered() {
        return ordered;
    }

    Index<P> unique() {
        return unique;
    }

    @Override
    public P getPosition(Document document) {
        return unique.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        unique.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        unique.add(document, position, collection);
        ordered.add(document, position, collection);
    }

    @Override
    public P remove(Document document) {
        ordered.remove(document);
        return unique.remove(document);
    }

    @Override
    public boolean canHandle(Document query) {
        return unique.canHandle(query);
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        return unique.getPositions(query);
    }

    @Override
    public long getCount() {
        return unique.getCount();
    }

    @Override
    public long getDataSize() {
        return unique.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        unique.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        unique.updateInPlace(oldDocument, newDocument, position, collection);
        ordered.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        unique.drop();
        ordered.drop();
    }

    @Override
    public boolean isUnique() {
        return true;
    }
}
