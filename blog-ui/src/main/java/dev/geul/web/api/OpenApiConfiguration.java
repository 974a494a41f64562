package dev.geul.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the API's OpenAPI description says of itself: its name, its rules, and how writers sign in. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI geulApi() {
        return new OpenAPI()
                .info(new Info().title("geul API").version("1").description("""
                        Read posts, search, comment; write and import as a signed-in writer. Every list pages the \
                        same way: page counts from 1, size is 1 to 50, anything else is refused with 400, and each \
                        answer carries total, page and size. Errors are {"error": "..."} with a 4xx or 5xx status \
                        (503 when search is down for a moment); refused input (422) also names its message key \
                        ("code", e.g. error.post.title) and the "field" it concerns."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A personal API token (geul_…) made at /admin/tokens")));
    }
}
