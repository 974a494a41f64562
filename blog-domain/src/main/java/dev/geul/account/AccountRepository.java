package dev.geul.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    /** The account of a name as typed, in any case (see {@link Usernames#key}). */
    default Optional<Account> findByUsername(String username) {
        return findByUsernameKey(Usernames.key(username));
    }

    /** @param key a name already folded by {@link Usernames#key} */
    @Query("select a from Account a where lower(a.username) = ?1")
    Optional<Account> findByUsernameKey(String key);

    List<Account> findAllByOrderByUsername();
}
