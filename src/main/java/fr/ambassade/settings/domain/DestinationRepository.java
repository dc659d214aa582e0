package fr.ambassade.settings.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface DestinationRepository extends JpaRepository<DestinationEntity, Short> {}
