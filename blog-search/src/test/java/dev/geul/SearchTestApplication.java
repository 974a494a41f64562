package dev.geul;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the domain with search (no web) for blog-search's integration tests. */
@SpringBootApplication
public class SearchTestApplication {
}
