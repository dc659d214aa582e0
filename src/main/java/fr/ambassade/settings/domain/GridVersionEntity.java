package fr.ambassade.settings.domain;

import fr.ambassade.settings.Grid;
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

/** A grid version is never changed once written: an edit writes the next version. */
@Entity
@Table(name = "grid_version")
class GridVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int number;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @OneToMany(cascade = CascadeType.PERSIST, orphanRemoval = false)
    @JoinColumn(name = "grid_version_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<GridCriterionEntity> criteria = new ArrayList<>();

    protected GridVersionEntity() {}

    GridVersionEntity(int number, String createdBy, List<GridCriterionEntity> criteria) {
        this.number = number;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
        this.criteria.addAll(criteria);
    }

    int number() {
        return number;
    }

    Grid toGrid() {
        return new Grid(
                number,
                createdAt,
                createdBy,
                criteria.stream().map(GridCriterionEntity::toCriterion).toList());
    }
}
