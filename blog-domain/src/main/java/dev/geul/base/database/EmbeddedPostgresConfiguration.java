package dev.geul.base.database;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.geul.base.BlogProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no datasource configured, geul runs its own PostgreSQL server (real binaries from Maven Central)
 * on a data directory under {@code BLOG_DATA_DIR}, so a blog needs nothing installed to start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresCondition.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(BlogProperties blog,
                                                  @Value("${geul.database.embedded.ephemeral:false}") boolean ephemeral)
            throws IOException {
        Path directory = ephemeral ? null : blog.databaseDir();
        return EmbeddedPostgresServer.start(directory);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server,
                          @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
                          @Value("${spring.datasource.hikari.connection-timeout:30000}") long connectionTimeoutMillis) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(EmbeddedPostgresServer.USER);
        config.setPassword(server.password());
        config.setMaximumPoolSize(poolSize);
        // how long a request waits for a connection before it is refused (503 over the API) while the database is away
        config.setConnectionTimeout(connectionTimeoutMillis);
        config.setPoolName("geul-embedded");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }
}
