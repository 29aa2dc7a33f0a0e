package app.touchbase.contact;

import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.followup.api.ChangeFollowUp;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.importantdate.api.ChangeImportantDate;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.InvalidInputException;

import java.time.LocalDate;
import java.time.MonthDay;

/** What important dates and follow-ups must look like. */
public final class OccasionRules {

    static final int EARLIEST_YEAR = 1900;
    /** Follow-ups further out than this are plans, not promises. */
    static final int MAX_FOLLOW_UP_YEARS = 5;

    private OccasionRules() {
    }

    public static void validate(AddImportantDate command, LocalDate today) {
        Inputs.requirePresent(command.dateId(), "dateId", "The date id");
        validateDate(command.label(), command.day(), command.year(), command.noticeDays(), today);
    }

    public static void validate(ChangeImportantDate command, LocalDate today) {
        Inputs.requirePresent(command.dateId(), "dateId", "The date id");
        validateDate(command.label(), command.day(), command.year(), command.noticeDays(), today);
    }

    private static void validateDate(String label, MonthDay day, Integer year, int noticeDays, LocalDate today) {
        Inputs.requireText(label, "label", "What the date is", AddImportantDate.MAX_LABEL);
        Inputs.requirePresent(day, "day", "The day and month");
        String yearProblem = yearProblem(day, year, today);
        if (yearProblem != null) {
            throw new InvalidInputException(day.isValidYear(year) ? "year" : "day", yearProblem);
        }
        if (noticeDays < 0 || noticeDays > AddImportantDate.MAX_NOTICE_DAYS) {
            throw new InvalidInputException("noticeDays",
                    "The advance notice must be between 0 and " + AddImportantDate.MAX_NOTICE_DAYS + " days.");
        }
    }

    /** Why this year can't go with this day, or null when it can (no year is always fine). */
    public static String yearProblem(MonthDay day, Integer year, LocalDate today) {
        if (year == null) {
            return null;
        }
        if (year < EARLIEST_YEAR || year > today.getYear()) {
            return "The year must be between " + EARLIEST_YEAR + " and " + today.getYear() + ", or left empty.";
        }
        if (!day.isValidYear(year)) {
            return year + " was not a leap year, so it had no 29 February.";
        }
        return null;
    }

    public static void validate(AddFollowUp command, LocalDate today) {
        Inputs.requirePresent(command.followUpId(), "followUpId", "The follow-up id");
        validateFollowUp(command.text(), command.dueOn(), today);
    }

    public static void validate(ChangeFollowUp command, LocalDate today) {
        Inputs.requirePresent(command.followUpId(), "followUpId", "The follow-up id");
        validateFollowUp(command.text(), command.dueOn(), today);
    }

    private static void validateFollowUp(String text, LocalDate due, LocalDate today) {
        Inputs.requireText(text, "text", "What you promised", AddFollowUp.MAX_TEXT);
        LocalDate dueOn = Inputs.requirePresent(due, "dueOn", "The due date");
        if (dueOn.isAfter(today.plusYears(MAX_FOLLOW_UP_YEARS)) || dueOn.isBefore(today.minusYears(1))) {
            throw new InvalidInputException("dueOn",
                    "The due date must be within a year back and " + MAX_FOLLOW_UP_YEARS + " years ahead.");
        }
    }
}
