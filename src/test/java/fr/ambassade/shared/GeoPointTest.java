package fr.ambassade.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoPointTest {

    @Test
    void keepsRealFloatingPointArtefactsRoundedToSevenDecimals() {
        GeoPoint p = GeoPoint.read("48.8613629", "2.400301000000013").point();
        assertThat(p.latitude()).isEqualByComparingTo("48.8613629");
        assertThat(p.longitude()).isEqualTo(new BigDecimal("2.4003010"));
        assertThat(GeoPoint.read("48.87492245", "2.4004341949601886").point())
                .isEqualTo(new GeoPoint(new BigDecimal("48.8749225"), new BigDecimal("2.4004342")));
        assertThat(GeoPoint.read(" 50,529 ", "+2.643").point().lat()).isEqualTo(50.529);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1e1|2.6|latitude in exponent notation",
                "50.5|2.6E-3|longitude in exponent notation",
                "NaN|2.6|latitude not a decimal number",
                "50.5|Infinity|longitude not a decimal number",
                "0x1p3|2.6|latitude not a decimal number",
                "1234.5|2.6|latitude not a decimal number",
                "50.5000000000000000000000000001|2.6|latitude longer than 30 characters",
                "91|2.6|latitude out of range",
                "50.5|-180.5|longitude out of range",
                "0|0.0|0,0 is no place",
                "|2.6|latitude missing",
                "50.5| |longitude missing"
            })
    void refusesHostileValuesWithTheReason(String lat, String lon, String reason) {
        GeoPoint.Reading reading = GeoPoint.read(lat, lon);
        assertThat(reading.point()).isNull();
        assertThat(reading.refusal()).isEqualTo(reason);
    }

    @Test
    void numbersAlreadyHeldAreCheckedAndRounded() {
        assertThat(GeoPoint.of(50.123456789, 2.5).latitude()).isEqualByComparingTo("50.1234568");
        assertThat(GeoPoint.isValid(90, -180)).isTrue();
        assertThat(GeoPoint.isValid(90.1, 0)).isFalse();
        assertThat(GeoPoint.isValid(Double.NaN, 0)).isFalse();
        assertThatThrownBy(() -> GeoPoint.of(0, 181)).hasMessageContaining("longitude out of range");
        assertThatThrownBy(() -> GeoPoint.of(Double.POSITIVE_INFINITY, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
