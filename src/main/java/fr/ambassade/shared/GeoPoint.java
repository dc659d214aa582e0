package fr.ambassade.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A place on Earth in WGS 84 degrees, both values rounded half-up to {@value #DECIMALS} decimals (about 1 cm;
 * real flows carry floating-point artefacts such as {@code 2.400301000000013}). A latitude is within ±90, a
 * longitude within ±180.
 *
 * <p>Published text is read with {@link #read(String, String)}, the one rule of the importers and forms: kept, a
 * plain decimal with a point or a comma and any number of decimals; refused with the reason, a missing value,
 * text longer than {@value #MAX_TEXT_LENGTH} characters, anything but a plain decimal (exponents such as
 * {@code 1e5}, {@code NaN}, {@code Infinity}, hexadecimal, more than 3 integer digits), a value out of range,
 * and 0,0 (the point of no place that broken exports write). Stored as two numeric columns (the search index
 * needs them apart): an entity keeps {@link #lat()} and {@link #lon()}.
 */
public record GeoPoint(BigDecimal latitude, BigDecimal longitude) {

    /** Decimals kept of a latitude or longitude: 7 is about 1 cm. */
    public static final int DECIMALS = 7;

    /** Longest coordinate text read; real ones have at most 20 characters ("-2.3434710000000223"). */
    public static final int MAX_TEXT_LENGTH = 30;

    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    /** A plain decimal number: no exponent, no NaN or Infinity, no hexadecimal, at most 3 integer digits. */
    private static final Pattern PLAIN = Pattern.compile("[+-]?[0-9]{1,3}(?:\\.[0-9]+)?");

    public GeoPoint {
        Objects.requireNonNull(latitude, "latitude");
        Objects.requireNonNull(longitude, "longitude");
        latitude = rounded(latitude);
        longitude = rounded(longitude);
        String refusal = rangeRefusal(latitude, longitude);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal + ": " + latitude + ", " + longitude);
        }
    }

    /** From numbers already held (a form, a stored entity); refused when not finite or out of range. */
    public static GeoPoint of(double latitude, double longitude) {
        if (!Double.isFinite(latitude) || !Double.isFinite(longitude)) {
            throw new IllegalArgumentException("coordinates not finite: " + latitude + ", " + longitude);
        }
        return new GeoPoint(BigDecimal.valueOf(latitude), BigDecimal.valueOf(longitude));
    }

    /** Whether both numbers make a point ({@link #of(double, double)} would accept them). */
    public static boolean isValid(double latitude, double longitude) {
        return Double.isFinite(latitude)
                && Double.isFinite(longitude)
                && rangeRefusal(BigDecimal.valueOf(latitude), BigDecimal.valueOf(longitude)) == null;
    }

    /**
     * A point read from published text, or why it was refused.
     *
     * @param point the point; {@code null} when refused
     * @param refusal a short English reason for the import report; {@code null} when read
     */
    public record Reading(GeoPoint point, String refusal) {}

    /** Reads a latitude and a longitude as published (see the class comment for what is kept and refused). */
    public static Reading read(String latitude, String longitude) {
        String refusal = textRefusal(latitude, "latitude");
        if (refusal == null) {
            refusal = textRefusal(longitude, "longitude");
        }
        if (refusal != null) {
            return new Reading(null, refusal);
        }
        BigDecimal lat = rounded(new BigDecimal(latitude.strip().replace(',', '.')));
        BigDecimal lon = rounded(new BigDecimal(longitude.strip().replace(',', '.')));
        refusal = rangeRefusal(lat, lon);
        if (refusal == null && lat.signum() == 0 && lon.signum() == 0) {
            refusal = "0,0 is no place";
        }
        return refusal != null ? new Reading(null, refusal) : new Reading(new GeoPoint(lat, lon), null);
    }

    public double lat() {
        return latitude.doubleValue();
    }

    public double lon() {
        return longitude.doubleValue();
    }

    private static String textRefusal(String value, String which) {
        if (value == null || value.isBlank()) {
            return which + " missing";
        }
        String t = value.strip();
        if (t.length() > MAX_TEXT_LENGTH) {
            return which + " longer than " + MAX_TEXT_LENGTH + " characters";
        }
        if (!PLAIN.matcher(t.replace(',', '.')).matches()) {
            return which
                    + (t.toLowerCase(Locale.ROOT).matches(".*[0-9]e[+-]?[0-9].*")
                            ? " in exponent notation"
                            : " not a decimal number");
        }
        return null;
    }

    private static String rangeRefusal(BigDecimal latitude, BigDecimal longitude) {
        if (latitude.abs().compareTo(MAX_LATITUDE) > 0) {
            return "latitude out of range";
        }
        if (longitude.abs().compareTo(MAX_LONGITUDE) > 0) {
            return "longitude out of range";
        }
        return null;
    }

    private static BigDecimal rounded(BigDecimal exact) {
        return exact.scale() > DECIMALS ? exact.setScale(DECIMALS, RoundingMode.HALF_UP) : exact;
    }
}
