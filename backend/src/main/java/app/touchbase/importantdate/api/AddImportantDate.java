package app.touchbase.importantdate.api;

import app.touchbase.shared.api.ContactCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.MonthDay;
import java.util.UUID;

/**
 * A date that comes back every year (a birthday, a work anniversary). The year is optional: a birthday without
 * a year is fine. A reminder goes out {@code noticeDays} before it (0: on the day).
 */
public record AddImportantDate(@TargetAggregateIdentifier UUID contactId, String owner, UUID dateId, String label,
                               MonthDay day, Integer year, int noticeDays) implements ContactCommand {

    public static final int MAX_LABEL = 100;
    public static final int MAX_NOTICE_DAYS = 60;
    public static final int DEFAULT_NOTICE_DAYS = 3;
}
