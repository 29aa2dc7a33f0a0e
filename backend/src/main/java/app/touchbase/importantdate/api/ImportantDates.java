package app.touchbase.importantdate.api;

import java.util.List;

public record ImportantDates(List<ImportantDate> dates) {

    public ImportantDates {
        dates = List.copyOf(dates);
    }
}
