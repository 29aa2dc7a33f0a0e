package app.touchbase.contact.write;

import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.InvalidInputException;

import java.time.LocalDate;

/** What important dates and follow-ups must look like. */
final class OccasionRules {

    static final int MAX_LABEL = 100;
    static final int MAX_FOLLOW_UP = 500;
    static final int EARLIEST_YEAR = 1900;
    /** Follow-ups further out than this are plans, not promises. */
    static final int MAX_FOLLOW_UP_YEARS = 5;

    private OccasionRules() {
    }

    static void validate(AddImportantDate command, LocalDate today) {
        Inputs.requirePresent(command.dateId(), "dateId", "The date id");
        Inputs.requireText(command.label(), "label", "What the date is", MAX_LABEL);
        Inputs.requirePresent(command.day(), "day", "The day and month");
        Integer year = command.year();
        if (year != null) {
            if (year < EARLIEST_YEAR || year > today.getYear()) {
                throw new InvalidInputException("year",
                        "The year must be between " + EARLIEST_YEAR + " and " + today.getYear() + ", or left empty.");
            }
            if (!command.day().isValidYear(year)) {
                throw new InvalidInputException("day", year + " was not a leap year, so it had no 29 February.");
            }
        }
        if (command.noticeDays() < 0 || command.noticeDays() > AddImportantDate.MAX_NOTICE_DAYS) {
            throw new InvalidInputException("noticeDays",
                    "The advance notice must be between 0 and " + AddImportantDate.MAX_NOTICE_DAYS + " days.");
        }
    }

    static void validate(AddFollowUp command, LocalDate today) {
        Inputs.requirePresent(command.followUpId(), "followUpId", "The follow-up id");
        Inputs.requireText(command.text(), "text", "What you promised", MAX_FOLLOW_UP);
        LocalDate dueOn = Inputs.requirePresent(command.dueOn(), "dueOn", "The due date");
        if (dueOn.isAfter(today.plusYears(MAX_FOLLOW_UP_YEARS)) || dueOn.isBefore(today.minusYears(1))) {
            throw new InvalidInputException("dueOn",
                    "The due date must be within a year back and " + MAX_FOLLOW_UP_YEARS + " years ahead.");
        }
    }
}
