package dev.geul.site;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppearanceRepository extends JpaRepository<Appearance, Short> {
}
