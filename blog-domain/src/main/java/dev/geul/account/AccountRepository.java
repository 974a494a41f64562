package dev.geul.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a where lower(a.username) = lower(?1)")
    Optional<Account> findByUsername(String username);

    List<Account> findAllByOrderByUsername();
}
