package dev.geul.web.api;

import java.util.List;

import dev.geul.account.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A writer's personal API tokens over the API (signed in with HTTP Basic or another token). */
@RestController
class TokensApiController {

    private final ApiTokens tokens;

    TokensApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record NewTokenRequest(String name) {
    }

    /** The answer holds the token, this once; keep it. */
    @PostMapping("/api/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.NewToken create(@RequestBody NewTokenRequest request) {
        return tokens.create(request.name());
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
