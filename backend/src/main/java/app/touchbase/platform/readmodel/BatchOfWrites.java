package app.touchbase.platform.readmodel;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The read-model writes of the batch of events being handled, held by the batch's unit of work. */
final class BatchOfWrites {

    private static final String RESOURCE = BatchOfWrites.class.getName();

    private final Map<ReadModelCollection<?>, PendingWrites<?>> collections = new LinkedHashMap<>();

    static Optional<BatchOfWrites> current() {
        return CurrentUnitOfWork.map(unitOfWork -> unitOfWork.root().<BatchOfWrites>getResource(RESOURCE));
    }

    static BatchOfWrites startIn(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(RESOURCE, key -> new BatchOfWrites());
    }

    @SuppressWarnings("unchecked")
    <T> PendingWrites<T> writesTo(ReadModelCollection<T> collection) {
        return (PendingWrites<T>) collections.computeIfAbsent(collection, PendingWrites::new);
    }

    void send() {
        collections.values().forEach(PendingWrites::send);
    }
}
