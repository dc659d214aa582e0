package fr.ambassade.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An immutable text in the public languages (French, English, Dutch). French is the reference: a missing
 * or blank translation falls back to French (then to any language present). Blank values are dropped.
 *
 * <p>Persist it with {@link MultilingualTextConverter} in a {@code jsonb} column (checked on Hibernate 7.2
 * with {@code ddl-auto=validate}):
 *
 * <pre>{@code
 * @Convert(converter = MultilingualTextConverter.class)
 * @Column(name = "tagline", columnDefinition = "jsonb")
 * @ColumnTransformer(write = "?::jsonb")
 * private MultilingualText tagline;
 * }</pre>
 *
 * The converter writes a JSON string and the cast makes PostgreSQL accept it as {@code jsonb}; reading
 * a {@code jsonb} column as a string gives the JSON back. Do NOT add {@code @JdbcTypeCode(SqlTypes.JSON)}:
 * Hibernate would then hand the JSON to its own Jackson mapper for the domain type and fail. The JSON
 * is an object {@code {"fr": "...", "en": "...", "nl": "..."}}; Jackson (2 or 3) also (de)serialises the
 * type to and from that object, for JSON APIs.
 */
public final class MultilingualText {

    /** Language codes allowed, in display order. */
    public static final List<String> LANGUAGES = List.of("fr", "en", "nl");

    private static final MultilingualText EMPTY = new MultilingualText(Map.of());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> texts;

    private MultilingualText(Map<String, String> texts) {
        this.texts = texts;
    }

    public static MultilingualText empty() {
        return EMPTY;
    }

    public static MultilingualText of(String fr, String en, String nl) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fr", fr);
        m.put("en", en);
        m.put("nl", nl);
        return of(m);
    }

    public static MultilingualText french(String fr) {
        return of(fr, null, null);
    }

    /** From a map language code → text; unknown languages are refused, blank texts dropped, values trimmed. */
    @JsonCreator
    public static MultilingualText of(Map<String, String> byLanguage) {
        Map<String, String> clean = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            String text = byLanguage == null ? null : byLanguage.get(lang);
            if (text != null && !text.isBlank()) {
                clean.put(lang, text.strip());
            }
        }
        if (byLanguage != null) {
            for (String key : byLanguage.keySet()) {
                if (!LANGUAGES.contains(key)) {
                    throw new IllegalArgumentException("Unsupported language: " + key);
                }
            }
        }
        return clean.isEmpty() ? EMPTY : new MultilingualText(Collections.unmodifiableMap(clean));
    }

    /** The text for the locale's language, else French, else the first language present, else "". */
    public String get(Locale locale) {
        return get(locale == null ? "fr" : locale.getLanguage());
    }

    /** Same as {@link #get(Locale)} with a language code. */
    public String get(String lang) {
        String exact = texts.get(lang);
        if (exact != null) {
            return exact;
        }
        String fr = texts.get("fr");
        if (fr != null) {
            return fr;
        }
        return texts.values().stream().findFirst().orElse("");
    }

    /** The text in exactly this language, without fallback. */
    public Optional<String> exactly(String lang) {
        return Optional.ofNullable(texts.get(lang));
    }

    /** Raw values for forms (empty string when missing). */
    public String fr() {
        return texts.getOrDefault("fr", "");
    }

    public String en() {
        return texts.getOrDefault("en", "");
    }

    public String nl() {
        return texts.getOrDefault("nl", "");
    }

    public MultilingualText with(String lang, String text) {
        Map<String, String> m = new LinkedHashMap<>(texts);
        m.put(lang, text);
        return of(m);
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    public boolean hasFrench() {
        return texts.containsKey("fr");
    }

    /** Languages present (in {@link #LANGUAGES} order) and their texts. */
    @JsonValue
    public Map<String, String> asMap() {
        return texts;
    }

    public String toJson() {
        return JSON.writeValueAsString(texts);
    }

    public static MultilingualText fromJson(String json) {
        if (json == null || json.isBlank()) {
            return EMPTY;
        }
        Map<String, String> m = JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
        m.keySet().removeIf(k -> !LANGUAGES.contains(k));
        return of(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultilingualText other && texts.equals(other.texts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(texts);
    }

    /** The JSON form, readable in the audit log. */
    @Override
    public String toString() {
        return toJson();
    }

    /**
     * The form object of a multilingual field: a form holds {@code private MultilingualText.Form name} and the
     * inputs bind as {@code name.fr}, {@code name.en}, {@code name.nl} (fragment
     * {@code settings/fragments :: multilingual('name', …)}); {@link ValidMultilingualText} checks it, its errors
     * landing on the language's input. Blank values are kept as typed until {@link #toText()}.
     */
    public static final class Form {

        private String fr = "";
        private String en = "";
        private String nl = "";

        public static Form of(MultilingualText text) {
            Form f = new Form();
            if (text != null) {
                f.fr = text.fr();
                f.en = text.en();
                f.nl = text.nl();
            }
            return f;
        }

        public MultilingualText toText() {
            return MultilingualText.of(fr, en, nl);
        }

        /** The typed value of one language ("fr", "en", "nl"); {@code null} for another code. */
        public String get(String lang) {
            return switch (lang) {
                case "fr" -> fr;
                case "en" -> en;
                case "nl" -> nl;
                default -> null;
            };
        }

        public boolean isBlank() {
            return LANGUAGES.stream().map(this::get).allMatch(t -> t == null || t.isBlank());
        }

        public String getFr() {
            return fr;
        }

        public void setFr(String fr) {
            this.fr = fr;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }

        public String getNl() {
            return nl;
        }

        public void setNl(String nl) {
            this.nl = nl;
        }
    }
}
