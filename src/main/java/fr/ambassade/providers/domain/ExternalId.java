package fr.ambassade.providers.domain;

import fr.ambassade.shared.RefusedChange;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** An identifier of the provider in a feeding system. */
@Embeddable
public class ExternalId {

    @Enumerated(EnumType.STRING)
    @Column(name = "scheme", nullable = false)
    @KeywordField
    private ExternalIdScheme scheme;

    @Column(name = "value", nullable = false)
    @KeywordField
    private String value;

    protected ExternalId() {}

    public ExternalId(ExternalIdScheme scheme, String value) {
        this.scheme = Objects.requireNonNull(scheme);
        if (value == null || value.isBlank()) {
            throw RefusedChange.of("providers.error.externalIdBlank");
        }
        this.value = value.strip();
    }

    public ExternalIdScheme scheme() {
        return scheme;
    }

    public String value() {
        return value;
    }

    public ExternalIdScheme getScheme() {
        return scheme;
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExternalId other && scheme == other.scheme && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheme, value);
    }

    @Override
    public String toString() {
        return scheme + ":" + value;
    }
}
