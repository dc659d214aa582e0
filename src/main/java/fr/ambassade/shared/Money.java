package fr.ambassade.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in euros, always with two decimals (rounded half-up). Prices use {@link #price(BigDecimal)},
 * which refuses negative amounts; {@link #of(BigDecimal)} allows them (balances, refunds). Persist with
 * {@link MoneyConverter} in a {@code numeric(12,2)} column.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Currency EUR = Currency.getInstance("EUR");
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    /** Parses "12.5" or "12,50" (French decimal comma accepted). */
    public static Money euros(String amount) {
        return new Money(
                new BigDecimal(amount.strip().replace(',', '.').replace(" ", "").replace("\u00a0", "")));
    }

    public static Money euros(long whole) {
        return new Money(BigDecimal.valueOf(whole));
    }

    /** A price: never negative. */
    public static Money price(BigDecimal amount) {
        Money m = new Money(amount);
        if (m.isNegative()) {
            throw new IllegalArgumentException("A price cannot be negative: " + amount);
        }
        return m;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    /** Formatted per locale: "12,50 €" in French, "€12.50" in English, "€ 12,50" in Dutch. */
    public String format(Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale == null ? Locale.FRENCH : withCountry(locale));
        f.setCurrency(EUR);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount);
    }

    // A language-only locale has no currency conventions; use the country where it is spoken in Europe.
    private static Locale withCountry(Locale locale) {
        if (!locale.getCountry().isEmpty()) {
            return locale;
        }
        return switch (locale.getLanguage()) {
            case "fr" -> Locale.FRANCE;
            case "nl" -> new Locale("nl", "NL");
            case "en" -> new Locale("en", "IE");
            default -> locale;
        };
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " EUR";
    }
}
