package dev.geul;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the domain alone (no web, no search) for its integration tests. */
@SpringBootApplication
public class DomainTestApplication {
}
