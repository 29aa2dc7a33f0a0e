package app.touchbase.duplicates.api;

import java.util.List;

/** Likely duplicates, the surest first (the most reasons, then by name). */
public record DuplicatePairs(List<DuplicatePair> pairs) {

    public DuplicatePairs {
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
    }
}
