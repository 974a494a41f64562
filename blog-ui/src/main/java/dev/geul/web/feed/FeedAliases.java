package dev.geul.web.feed;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where feed readers subscribed before a move: Tistory's {@code /rss}, WordPress's {@code /feed/}. */
@RestController
class FeedAliases {

    @GetMapping({"/rss", "/feed/"})
    ResponseEntity<Void> moved() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, FeedController.path())
                .build();
    }
}
