package fr.ambassade.accounts.domain;

import fr.ambassade.shared.security.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    /** Demo accounts never count: their password is public. */
    @Query("select count(a) > 0 from Account a join a.roles r where r = :role and a.enabled = true and a.demo = false")
    boolean existsEnabledWithRole(Role role);

    @Query("select a from Account a join a.roles r where r = :role and a.enabled = true order by a.id")
    List<Account> findEnabledByRole(fr.ambassade.shared.security.Role role);

    @Query("select a from Account a join a.establishments e where e = :providerId order by a.email")
    List<Account> findByEstablishment(long providerId);

    List<Account> findByDemoTrueAndEnabledTrueOrderById();

    /** For the audit viewer's actor filter: the exact e-mail, or a part of the display name (lowercased input). */
    @Query(
            "select a.id from Account a where a.email = :email or lower(a.displayName) like :namePattern escape '\\' order by a.id")
    List<Long> findIdsByEmailOrName(String email, String namePattern, Pageable pageable);

    Page<Account> findAllByOrderByEmailAsc(Pageable pageable);
}
