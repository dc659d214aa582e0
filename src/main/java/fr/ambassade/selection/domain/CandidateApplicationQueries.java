package fr.ambassade.selection.domain;

import java.util.List;
import org.springframework.data.repository.Repository;

/** The candidate side's reads of applications (their own files, newest first). */
interface CandidateApplicationQueries extends Repository<Application, Long> {

    List<Application> findByApplicantAccountIdOrderByCreatedAtDescIdDesc(long applicantAccountId);
}
