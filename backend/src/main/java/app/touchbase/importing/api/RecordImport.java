package app.touchbase.importing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/** Sent by the importer once every chosen row has passed the checks: the plan, recorded before anything is added. */
public record RecordImport(@TargetAggregateIdentifier UUID importId, String owner, String fileName, ImportFormat format,
                           List<PlannedContact> contacts, UUID circleId) {

    public RecordImport(UUID importId, String owner, String fileName, ImportFormat format, List<PlannedContact> contacts) {
        this(importId, owner, fileName, format, contacts, null);
    }
}
