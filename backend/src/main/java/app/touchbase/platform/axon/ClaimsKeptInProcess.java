package app.touchbase.platform.axon;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToRetrieveIdentifierException;

import javax.annotation.Nonnull;
import javax.annotation.Nullable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * An idle tracking processor extends its token claim every second, and every processor does so: on the embedded
 * server each extension is a committed write to the data file, most of what an idle installation costs. Only one
 * process uses the embedded server and every start claims under the same node id, so no other process could take a
 * claim that ran out: extensions are written at most once per interval, everything else passes through.
 */
final class ClaimsKeptInProcess implements TokenStore {

    private final TokenStore store;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Long> lastWritten = new ConcurrentHashMap<>();

    /** Time is measured on a monotonic clock ({@link System#nanoTime}): the interval is not a day of anyone's. */
    ClaimsKeptInProcess(TokenStore store, Duration interval, LongSupplier nanoTime) {
        this.store = store;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public void extendClaim(@Nonnull String processorName, int segment) throws UnableToClaimTokenException {
        Long last = lastWritten.get(key(processorName, segment));
        if (last != null && nanoTime.getAsLong() - last < intervalNanos) {
            return;
        }
        store.extendClaim(processorName, segment);
        written(processorName, segment);
    }

    @Override
    public void storeToken(@Nullable TrackingToken token, @Nonnull String processorName, int segment)
            throws UnableToClaimTokenException {
        store.storeToken(token, processorName, segment);
        written(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(@Nonnull String processorName, int segment) throws UnableToClaimTokenException {
        TrackingToken token = store.fetchToken(processorName, segment);
        written(processorName, segment);
        return token;
    }

    @Override
    public TrackingToken fetchToken(@Nonnull String processorName, @Nonnull Segment segment)
            throws UnableToClaimTokenException {
        TrackingToken token = store.fetchToken(processorName, segment);
        written(processorName, segment.getSegmentId());
        return token;
    }

    @Override
    public void releaseClaim(@Nonnull String processorName, int segment) {
        lastWritten.remove(key(processorName, segment));
        store.releaseClaim(processorName, segment);
    }

    @Override
    public void deleteToken(@Nonnull String processorName, int segment) throws UnableToClaimTokenException {
        lastWritten.remove(key(processorName, segment));
        store.deleteToken(processorName, segment);
    }

    @Override
    public void initializeTokenSegments(@Nonnull String processorName, int segmentCount) {
        store.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(@Nonnull String processorName, int segmentCount,
                                        @Nullable TrackingToken initialToken) {
        store.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public void initializeSegment(@Nullable TrackingToken token, @Nonnull String processorName, int segment) {
        store.initializeSegment(token, processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return store.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(@Nonnull String processorName) {
        return store.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(@Nonnull String processorName) {
        return store.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() throws UnableToRetrieveIdentifierException {
        return store.retrieveStorageIdentifier();
    }

    private void written(String processorName, int segment) {
        lastWritten.put(key(processorName, segment), nanoTime.getAsLong());
    }

    private static String key(String processorName, int segment) {
        return processorName + "#" + segment;
    }
}
