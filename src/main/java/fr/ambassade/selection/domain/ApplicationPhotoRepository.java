package fr.ambassade.selection.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationPhotoRepository extends JpaRepository<ApplicationPhoto, Long> {

    List<ApplicationPhoto> findByApplicationIdOrderByIdAsc(long applicationId);

    Optional<ApplicationPhoto> findByIdAndApplicationId(long id, long applicationId);

    long countByApplicationId(long applicationId);
}
