package app.touchbase.circle.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** A new circle, optionally with its first members (turning a tag into a circle brings the tagged contacts). */
public record CreateCircle(UUID circleId, String owner, CircleDetails details, List<UUID> members) {

    public CreateCircle {
        members = members == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(members));
    }

    public CreateCircle(UUID circleId, String owner, CircleDetails details) {
        this(circleId, owner, details, List.of());
    }
}
