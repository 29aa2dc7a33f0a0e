package app.touchbase.importing.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            030 1234567,,55          | 030 1234567 x55
            (650) 253-0000;ext=12    | (650) 253-0000 x12
            020 7946 0958 ext. 7     | 020 7946 0958 x7
            020 7946 0958p123        | 020 7946 0958 x123
            020 7946 0958 w 4        | 020 7946 0958 x4
            +1 650 253 0001,,55      | +1 650-253-0001 x55
            020 7946 0958            | 020 7946 0958
            """)
    void aNumberWithAPauseOrAnExtensionIsKeptWithOrWithoutItsCountry(String written, String kept) {
        assertThat(PhoneText.keepable(written)).contains(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me maybe", "ext. 12", ",,55", "mobile: ask"})
    void whatIsNoNumberIsLeftOut(String written) {
        assertThat(PhoneText.keepable(written)).isEqualTo(Optional.empty());
    }
}
