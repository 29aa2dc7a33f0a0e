package app.touchbase.plan.api;

import java.time.LocalDate;
import java.util.List;

public record PlannedWeek(LocalDate weekStart, List<PlannedTouch> people) {

    public PlannedWeek {
        people = List.copyOf(people);
    }
}
