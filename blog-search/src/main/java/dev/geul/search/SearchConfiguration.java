package dev.geul.search;

import java.time.Clock;

import dev.geul.base.BlogProperties;
import dev.geul.search.analysis.KoreanAnalyzer;
import dev.geul.search.analysis.KoreanUserDictionary;
import dev.geul.search.analysis.WordStems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Turns geul's settings into Hibernate Search's, whichever application includes this module. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    @Bean
    KoreanUserDictionary koreanUserDictionary(BlogProperties blog) {
        return KoreanUserDictionary.load(blog.dataDir().resolve(KoreanUserDictionary.ADMIN_FILE));
    }

    /**
     * The year facet counts years in the zone of the blog's clock. A {@code hibernate.search.*} property set
     * explicitly ({@code spring.jpa.properties.…}) wins over the one derived here.
     */
    @Bean
    HibernatePropertiesCustomizer hibernateSearchProperties(BlogProperties blog, SearchProperties search,
                                                            KoreanUserDictionary dictionary, Clock clock) {
        return properties -> HibernateSearchSettings.of(search, blog.indexDir(), dictionary, clock.getZone())
                .forEach(properties::putIfAbsent);
    }

    @Bean
    WordStems wordStems(KoreanUserDictionary dictionary) {
        return new WordStems(dictionary);
    }

    @Bean
    QueryWords queryWords(KoreanUserDictionary dictionary) {
        return new QueryWords(new KoreanAnalyzer(dictionary));
    }
}
