package app.touchbase.ui.account;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
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
 * Counts sign-in attempts per account and per client address. Each may fail a few times in a row; after that it waits
 * until attempts refill at a steady rate, which limits guessing to a handful of passwords an hour. A successful
 * sign-in gives its attempt back and forgives the account's failures.
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

    /**
     * Takes one attempt from the account and from the address before the password is checked, so parallel guesses
     * cannot slip past the limit. Answers how long to wait when either has none left (and takes nothing then).
     */
    Optional<Duration> attempt(String username, String address) {
        Bucket account = bucket(accounts, accountKey(username), ACCOUNT_FAILURES);
        Bucket client = bucket(addresses, address, ADDRESS_FAILURES);
        ConsumptionProbe fromAccount = account.tryConsumeAndReturnRemaining(1);
        if (!fromAccount.isConsumed()) {
            return Optional.of(Duration.ofNanos(fromAccount.getNanosToWaitForRefill()));
        }
        ConsumptionProbe fromClient = client.tryConsumeAndReturnRemaining(1);
        if (!fromClient.isConsumed()) {
            account.addTokens(1);
            return Optional.of(Duration.ofNanos(fromClient.getNanosToWaitForRefill()));
        }
        return Optional.empty();
    }

    /** A right password: the account's failures are forgiven and the address gets its attempt back. */
    void succeeded(String username, String address) {
        accounts.remove(accountKey(username));
        Bucket client = addresses.get(address);
        if (client != null) {
            client.addTokens(1);
        }
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
