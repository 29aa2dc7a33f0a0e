package app.touchbase.ui;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per account and per client address. Each may fail a few times in a row; after that it waits
 * until attempts refill at a steady rate, which limits guessing to a handful of passwords an hour. A successful
 * sign-in forgives the account's failures.
 */
@Component
class SignInThrottle {

    static final int ACCOUNT_FAILURES = 5;
    static final int ADDRESS_FAILURES = 20;
    static final Duration REFILL_PERIOD = Duration.ofMinutes(15);
    /** Past this many tracked keys, keys that have nothing left to forgive are dropped. */
    private static final int TIDY_ABOVE = 10_000;

    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
    private final TimeMeter time;

    SignInThrottle(Clock clock) {
        this.time = new ClockTime(clock);
    }

    /** How long the account or the address must wait before it may try again; empty when it may try now. */
    Optional<Duration> waitBefore(String username, String address) {
        long nanos = Math.max(waitNanos(accounts.get(accountKey(username))), waitNanos(addresses.get(address)));
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    void failed(String username, String address) {
        bucket(accounts, accountKey(username), ACCOUNT_FAILURES).tryConsume(1);
        bucket(addresses, address, ADDRESS_FAILURES).tryConsume(1);
    }

    void succeeded(String username) {
        accounts.remove(accountKey(username));
    }

    private static long waitNanos(Bucket bucket) {
        return bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private static String accountKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private Bucket bucket(Map<String, Bucket> buckets, String key, int failures) {
        if (buckets.size() > TIDY_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= failures);
        }
        return buckets.computeIfAbsent(key, unused -> limited(failures));
    }

    private Bucket limited(int failures) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(failures).refillGreedy(failures, REFILL_PERIOD))
                .withCustomTimePrecision(time)
                .build();
    }

    /** Bucket4j's time, taken from the application's clock so tests can let a lockout expire. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
