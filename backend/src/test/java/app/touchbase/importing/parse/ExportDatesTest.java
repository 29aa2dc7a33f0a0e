package app.touchbase.importing.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ExportDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "06 Jan 2019|2019-01-06",
            "6 January 2019|2019-01-06",
            "6-Jan-19|2019-01-06",
            "1/6/19, 6:14 PM|2019-01-06",
            "1/6/19, 6:14\u202FPM|2019-01-06",
            "1/6/2019|2019-01-06",
            "Jan 6, 2019|2019-01-06",
            "06.01.2019|2019-01-06",
            "2019-01-06|2019-01-06",
            "2019-01-06 18:14:00 UTC|2019-01-06",
            "2019-01-06T18:14:00Z|2019-01-06"})
    void readsTheFormsExportsWrite(String written, LocalDate date) {
        assertThat(ExportDates.parse(written)).contains(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sometime in 2020", "2/30/2019", "31 Feb 2019", "13/13/13", ""})
    void refusesWhatIsNoDay(String written) {
        assertThat(ExportDates.parse(written)).isEmpty();
    }
}
