package app.touchbase.circle.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Puts contacts into a circle in one recorded change; those already in it are left as they are. Answers those who
 * joined (undoing is removing exactly them). Members who get the circle's rules at once have their first due days spread over each rule's period.
 */
public record AddToCircle(@TargetAggregateIdentifier UUID circleId, String owner, List<UUID> contactIds) {

    public static final int MAX_MEMBERS = 5_000;

    public AddToCircle {
        contactIds = contactIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(contactIds));
    }
}
