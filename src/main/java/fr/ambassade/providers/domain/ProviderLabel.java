package fr.ambassade.providers.domain;

import fr.ambassade.shared.RefusedChange;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A label held (Accueil Vélo, Qualité Tourisme…), identified by its code, e.g. {@code kb:LabelRating_AccueilVelo}
 * for DATAtourisme labels. Two labels with the same code are the same label.
 */
@Embeddable
public class ProviderLabel {

    @Column(name = "code", nullable = false)
    @KeywordField(aggregable = Aggregable.YES)
    private String code;

    // label names are searched through the provider's "keywords" field
    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "name_en")
    private String nameEn;

    protected ProviderLabel() {}

    public ProviderLabel(String code, String nameFr, String nameEn) {
        if (code == null || code.isBlank()) {
            throw RefusedChange.of("providers.error.labelBlank");
        }
        this.code = code.strip();
        this.nameFr = nameFr == null || nameFr.isBlank() ? this.code : nameFr.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
    }

    public String getCode() {
        return code;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the given language, falling back on French. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameFr;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProviderLabel other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }
}
