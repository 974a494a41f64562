package dev.geul.base;

import java.time.Clock;

import jakarta.validation.Validator;
import org.springframework.beans.factory.ObjectProvider;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.validation.beanvalidation.MethodValidationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.validation.beanvalidation.MethodValidationPostProcessor;

/** What the domain's services need whichever application runs them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BlogProperties.class, NodeCoordination.class})
@EnableMethodSecurity
@EnableScheduling
public class BlogDomainConfiguration {

    /**
     * Replaces Spring Boot's method validation (same exclusions, target classes proxied as Boot does by default) so
     * that a refused argument leaves a service as an {@link InvalidInputException}.
     */
    @Bean
    static MethodValidationPostProcessor methodValidationPostProcessor(ObjectProvider<Validator> validator,
                                                                       ObjectProvider<MethodValidationExcludeFilter> excludeFilters) {
        RefusingMethodValidation processor = new RefusingMethodValidation(excludeFilters.orderedStream());
        processor.setProxyTargetClass(true);
        processor.setValidatorProvider(validator);
        return processor;
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * New rows of one flush go to the database in JDBC batches (posts and comments take their ids 50 at a time), and
     * the PostgreSQL driver turns a batch into one multi-row INSERT: what makes importing an archive fast.
     */
    @Bean
    HibernatePropertiesCustomizer jdbcBatching() {
        return properties -> {
            properties.putIfAbsent("hibernate.jdbc.batch_size", 50);
            properties.putIfAbsent("hibernate.order_inserts", true);
        };
    }

    /** bcrypt today, and old hashes keep working when the default changes ({id} prefixes). */
    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
