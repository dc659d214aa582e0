package fr.ambassade.accounts.domain;

import fr.ambassade.shared.security.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    /** Demo accounts never count: their password is public. */
    @Query("select count(a) > 0 from Account a join a.roles r where r = :role and a.enabled = true and a.demo = false")
    boolean existsEnabledWithRole(Role role);

    @Query("select a from Account a join a.establishments e where e = :providerId order by a.email")
    List<Account> findByEstablishment(long providerId);

    List<Account> findByDemoTrueAndEnabledTrueOrderById();

    Page<Account> findAllByOrderByEmailAsc(Pageable pageable);
}
