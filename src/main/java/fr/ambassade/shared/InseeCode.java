package fr.ambassade.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The INSEE code of a French commune (code officiel géographique): five characters, the department
 * followed by the commune number. Corsica uses 2A/2B (never "20", which is only a postal code prefix),
 * overseas departments use three digits (971–976) and overseas collectivities 975, 977, 978, 98x.
 * Not a postal code. Persist with {@link InseeCodeConverter} in a {@code char(5)}/{@code varchar(5)} column.
 */
public record InseeCode(String value) implements Comparable<InseeCode> {

    private static final Pattern FORMAT = Pattern.compile("(0[1-9]|1\\d|2[1-9AB]|[3-8]\\d|9[0-5]|97|98)\\d{3}");

    public InseeCode {
        Objects.requireNonNull(value, "value");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an INSEE commune code: " + value);
        }
    }

    public static InseeCode of(String value) {
        return new InseeCode(value);
    }

    public static boolean isValid(String value) {
        return value != null
                && FORMAT.matcher(value.strip().toUpperCase(Locale.ROOT)).matches();
    }

    /** The department code: "62", "2A", "971". */
    public String department() {
        return value.startsWith("97") || value.startsWith("98") ? value.substring(0, 3) : value.substring(0, 2);
    }

    @Override
    public int compareTo(InseeCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
