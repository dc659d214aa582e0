package fr.ambassade.settings.domain;

import fr.ambassade.settings.BrandValue;
import fr.ambassade.shared.MultilingualText;
import fr.ambassade.shared.MultilingualTextConverter;
import fr.ambassade.shared.RefusedChange;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "brand_value")
class BrandValueEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private int position;

    @Convert(converter = MultilingualTextConverter.class)
    @Column(name = "name", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private MultilingualText name;

    @Convert(converter = MultilingualTextConverter.class)
    @Column(name = "description", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private MultilingualText description;

    @Version
    private long version;

    protected BrandValueEntity() {}

    BrandValueEntity(String code, int position, MultilingualText name, MultilingualText description) {
        this.code = code;
        this.position = position;
        change(name, description);
    }

    void change(MultilingualText name, MultilingualText description) {
        if (!name.hasFrench()) {
            throw new RefusedChange("nameFr", "settings.error.required");
        }
        this.name = name;
        this.description = description;
    }

    void moveTo(int position) {
        this.position = position;
    }

    BrandValue toValue() {
        return new BrandValue(id, code, position, name, description);
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    int position() {
        return position;
    }

    MultilingualText name() {
        return name;
    }

    MultilingualText description() {
        return description;
    }

    long version() {
        return version;
    }
}
