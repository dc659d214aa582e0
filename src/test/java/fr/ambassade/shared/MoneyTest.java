package fr.ambassade.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void alwaysHasTwoDecimalsRoundedHalfUp() {
        assertThat(Money.euros("12.5").amount()).isEqualByComparingTo("12.50");
        assertThat(Money.euros("12.5").amount().scale()).isEqualTo(2);
        assertThat(Money.euros("0,125").amount()).isEqualTo(new BigDecimal("0.13"));
        assertThat(Money.euros("10")).isEqualTo(Money.euros("10.00"));
    }

    @Test
    void pricesAreNeverNegative() {
        assertThatThrownBy(() -> Money.price(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.price(BigDecimal.ZERO).isZero()).isTrue();
        assertThat(Money.of(new BigDecimal("-3")).isNegative()).isTrue();
    }

    @Test
    void computes() {
        assertThat(Money.euros("2.50").times(3).plus(Money.euros(1)).minus(Money.euros("0.5")))
                .isEqualTo(Money.euros("8.00"));
    }

    @Test
    void formatsPerLocale() {
        Money m = Money.euros("1234.5");
        assertThat(m.format(Locale.FRENCH).replace('\u202f', ' ').replace('\u00a0', ' '))
                .isEqualTo("1 234,50 €");
        assertThat(m.format(Locale.ENGLISH)).contains("€").contains("1,234.50");
        assertThat(m.format(new Locale("nl")).replace('\u00a0', ' '))
                .contains("€")
                .contains("1.234,50");
    }

    @Test
    void convertsToANumericColumn() {
        MoneyConverter c = new MoneyConverter();
        assertThat(c.convertToEntityAttribute(c.convertToDatabaseColumn(Money.euros("9.99"))))
                .isEqualTo(Money.euros("9.99"));
        assertThat(c.convertToEntityAttribute(null)).isNull();
    }
}
