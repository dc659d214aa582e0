package fr.ambassade.settings.domain;

import fr.ambassade.settings.GridCriterion;
import fr.ambassade.shared.MultilingualText;
import fr.ambassade.shared.MultilingualTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "grid_criterion")
class GridCriterionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    @Column(name = "value_code")
    private String valueCode;

    @Convert(converter = MultilingualTextConverter.class)
    @Column(name = "label", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private MultilingualText label;

    private BigDecimal weight;

    private boolean mandatory;

    protected GridCriterionEntity() {}

    GridCriterionEntity(int position, String valueCode, MultilingualText label, BigDecimal weight, boolean mandatory) {
        this.position = position;
        this.valueCode = valueCode;
        this.label = label;
        this.weight = weight;
        this.mandatory = mandatory;
    }

    GridCriterion toCriterion() {
        return new GridCriterion(id, valueCode, position, label, weight, mandatory);
    }
}
