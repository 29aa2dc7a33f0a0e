package app.touchbase.platform.mongo;

import java.util.Comparator;
import java.util.UUID;

/**
 * Ids in the order the store sorts them: stored as 16 bytes, compared without sign. That is also the order of their
 * written form (fixed-width lower-case hex), by which the embedded server compares them.
 */
public final class IdOrder {

    public static final Comparator<UUID> AS_STORED = (one, other) -> {
        int high = Long.compareUnsigned(one.getMostSignificantBits(), other.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(one.getLeastSignificantBits(), other.getLeastSignificantBits());
    };

    private IdOrder() {
    }
}
