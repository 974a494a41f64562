package dev.geul.web.api;

import java.time.Duration;
import java.util.List;

import dev.geul.account.ApiTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A writer's personal API tokens over the API (signed in with HTTP Basic, or with a token made to make tokens).
 * A new token works for {@code expiresInDays} days, or until revoked when that is left out; the list says when
 * each ends.
 */
@RestController
class TokensApiController {

    private final ApiTokens tokens;

    TokensApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * @param expiresInDays how many days the token works, or null for as long as it is not revoked
     * @param canMakeTokens whether a request signed in with it may make further tokens
     */
    record NewTokenRequest(String name, @Nullable Integer expiresInDays, @Nullable Boolean canMakeTokens) {
    }

    /** The answer holds the token, this once; keep it. */
    @PostMapping("/api/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.NewToken create(@RequestBody NewTokenRequest request) {
        return tokens.create(request.name(),
                request.expiresInDays() == null ? null : Duration.ofDays(request.expiresInDays()),
                Boolean.TRUE.equals(request.canMakeTokens()));
    }

    @GetMapping("/api/tokens")
    List<ApiTokens.TokenView> mine() {
        return tokens.mine();
    }

    @DeleteMapping("/api/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }
}
