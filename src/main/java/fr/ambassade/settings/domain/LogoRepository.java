package fr.ambassade.settings.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface LogoRepository extends JpaRepository<LogoEntity, Short> {}
