package fr.ambassade.settings.domain;

import fr.ambassade.shared.MultilingualText;
import fr.ambassade.shared.MultilingualTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "charter_commitment")
class CharterCommitmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    @Convert(converter = MultilingualTextConverter.class)
    @Column(name = "text", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private MultilingualText text;

    protected CharterCommitmentEntity() {}

    CharterCommitmentEntity(int position, MultilingualText text) {
        this.position = position;
        this.text = text;
    }

    MultilingualText text() {
        return text;
    }
}
