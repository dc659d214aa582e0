package fr.ambassade.settings.domain;

import fr.ambassade.settings.Charter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A charter version is never changed once written (ambassadors signed it): an edit writes the next one. */
@Entity
@Table(name = "charter_version")
class CharterVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int number;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "charter_version_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<CharterCommitmentEntity> commitments = new ArrayList<>();

    protected CharterVersionEntity() {}

    CharterVersionEntity(int number, String createdBy, List<CharterCommitmentEntity> commitments) {
        this.number = number;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
        this.commitments.addAll(commitments);
    }

    int number() {
        return number;
    }

    Charter toCharter() {
        return new Charter(
                number,
                createdAt,
                createdBy,
                commitments.stream().map(CharterCommitmentEntity::text).toList());
    }
}
