package dev.geul.search.synonym;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SynonymGroupRepository extends JpaRepository<SynonymGroup, Long> {

    @Query("select g from SynonymGroup g order by g.id")
    List<SynonymGroup> findAllInOrder();
}
