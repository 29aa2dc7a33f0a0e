package app.touchbase.exporting.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

    @Test
    void textASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(ContactExports.inert("=HYPERLINK(\"http://evil.example.com\") Smith")).isEqualTo("'=HYPERLINK(\"http://evil.example.com\") Smith");
        assertThat(ContactExports.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ContactExports.inert("-2+3")).isEqualTo("'-2+3");
        assertThat(ContactExports.inert("Grace Hopper")).isEqualTo("Grace Hopper");
        assertThat(ContactExports.inert("")).isEmpty();
        assertThat(ContactExports.inert(null)).isNull();
    }
}
