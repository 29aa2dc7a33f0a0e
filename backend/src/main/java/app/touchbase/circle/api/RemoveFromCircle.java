package app.touchbase.circle.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** Takes contacts out of a circle in one recorded change (the undo of {@link AddToCircle}); answers those who left. */
public record RemoveFromCircle(@TargetAggregateIdentifier UUID circleId, String owner, List<UUID> contactIds) {

    public RemoveFromCircle {
        contactIds = contactIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(contactIds));
    }
}
