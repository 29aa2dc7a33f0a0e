package app.touchbase.contact.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            020 7946 0958          | GB | +442079460958
            (650) 253-0000         | US | +16502530000
            030 123456             | DE | +4930123456
            03-1234-5678           | JP | +81312345678
            +44 20 7946 0958       | US | +442079460958
            +49 30 123456          |    | +4930123456
            0049 30 123456         |    | +4930123456
            00 44 20 7946 0958     | GB | +442079460958
            """)
    void aNumberIsReadInTheOwnersRegionUnlessItSaysItsCountry(String written, String region, String e164) {
        PhoneNumber number = PhoneNumber.read(written, region);

        assertThat(number).isEqualTo(new PhoneNumber(written, e164, null));
    }

    @Test
    void anExtensionIsKeptBesideTheNumber() {
        assertThat(PhoneNumber.read("+1 650 253 0000 x123", null)).isEqualTo(new PhoneNumber("+1 650 253 0000 x123", "+16502530000", "123"));
        assertThat(PhoneNumber.read("030 123456 ext. 7", "DE")).isEqualTo(new PhoneNumber("030 123456 ext. 7", "+4930123456", "7"));
    }

    @Test
    void aNumberNotUnderstoodIsKeptAsWritten() {
        for (String written : List.of("020 7946 0958", "12", "*100#", "1-2-3-4-5-6-7-8-9-0-1-2-3-4-5-6-7-8")) {
            PhoneNumber number = PhoneNumber.read(written, null);
            assertThat(number).as(written).isEqualTo(new PhoneNumber(written, null, null));
            assertThat(number.shown("GB")).as(written).isEqualTo(written);
        }
        assertThat(PhoneNumber.read("12", "GB").understood()).isFalse();
        assertThat(PhoneNumber.read("(650) 253-0000", "GB").understood())
                .as("an American number typed without its country in London is no British number").isFalse();
        assertThat(PhoneNumber.read("+1 555 0100", null).understood()).as("possible only locally: no area code").isFalse();
    }

    @Test
    void invisibleMarksAreNoPartOfTheNumber() {
        assertThat(PhoneNumber.read("\u200E+44\u00A020 7946 0958\u200F", null).e164()).isEqualTo("+442079460958");
    }

    @Test
    void aNumberIsShownNationallyInTheOwnersRegionAndInternationallyElsewhere() {
        PhoneNumber london = PhoneNumber.read("+442079460958", null);
        assertThat(london.shown("GB")).isEqualTo("020 7946 0958");
        assertThat(london.shown("US")).isEqualTo("+44 20 7946 0958");
        assertThat(london.shown(null)).isEqualTo("+44 20 7946 0958");
        assertThat(PhoneNumber.read("(650) 253-0000 x123", "US").shown("US")).isEqualTo("(650) 253-0000 ext. 123");
        assertThat(PhoneNumber.read("03-1234-5678", "JP").shown("DE")).isEqualTo("+81 3-1234-5678");
    }

    @Test
    void linksDialTheE164FormWithTheExtensionOrTheDigitsWritten() {
        assertThat(PhoneNumber.read("020 7946 0958", "GB").telLink()).isEqualTo("tel:+442079460958");
        assertThat(PhoneNumber.read("020 7946 0958 x12", "GB").telLink()).isEqualTo("tel:+442079460958;ext=12");
        assertThat(PhoneNumber.read("020 7946 0958 x12", "GB").smsLink()).isEqualTo("sms:+442079460958");
        assertThat(PhoneNumber.read("020 7946 0958", null).telLink()).isEqualTo("tel:02079460958");
    }

    @Test
    void theHomeRegionIsTheCountryOfTheOwnersTimeZone() {
        assertThat(PhoneNumber.regionOf(ZoneId.of("Europe/London"))).isEqualTo("GB");
        assertThat(PhoneNumber.regionOf(ZoneId.of("America/New_York"))).isEqualTo("US");
        assertThat(PhoneNumber.regionOf(ZoneId.of("Europe/Berlin"))).isEqualTo("DE");
        assertThat(PhoneNumber.regionOf(ZoneId.of("Asia/Tokyo"))).isEqualTo("JP");
        assertThat(PhoneNumber.regionOf(ZoneId.of("US/Pacific"))).as("an old alias").isEqualTo("US");
        assertThat(PhoneNumber.regionOf(ZoneOffset.UTC)).as("no country").isNull();
        assertThat(PhoneNumber.regionOf(ZoneId.of("Etc/GMT+5"))).isNull();
        assertThat(PhoneNumber.regionOf(ZoneId.of("UTC"))).isNull();
        assertThat(PhoneNumber.regionOf(ZoneOffset.ofHours(2))).isNull();
    }

    @Test
    void anEventWrittenBeforeNumbersWereReadHasItsPhonesReadWithoutARegion() {
        ContactDetails details = ContactDetails.named("Ada").withPhones("+44 20 7946 0958", "020 7946 0958");

        assertThat(new ContactAdded(null, "me", details, null, null).phoneNumbers()).containsExactly(
                new PhoneNumber("+44 20 7946 0958", "+442079460958", null), new PhoneNumber("020 7946 0958", null, null));
    }
}
