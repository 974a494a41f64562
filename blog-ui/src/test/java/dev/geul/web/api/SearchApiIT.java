package dev.geul.web.api;

import dev.geul.account.BlogUser;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.search.testing.SearchFixtures;
import dev.geul.search.words.BlogVocabulary;
import dev.geul.testing.BlogFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static dev.geul.testing.BlogFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SearchApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    PostEditor posts;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    SearchFixtures searchFixtures;
    @Autowired
    BlogVocabulary vocabulary;

    BlogUser alice;

    @BeforeEach
    void setUp() {
        searchFixtures.reset();
        alice = fixtures.author("alice");
        fixtures.admin();
    }

    @Test
    void search_answers_with_hits_snippets_and_facets() throws Exception {
        as(alice, () -> posts.publish(posts.create(PostDraft.of("쿠버네티스 입문", "<p>쿠버네티스를 회사에서 배웠다</p>")).id()));

        mvc.perform(get("/api/search").param("q", "쿠버네티스"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].title").value("쿠버네티스 입문"))
                .andExpect(jsonPath("$.hits[0].url").value(containsString("/posts/")))
                .andExpect(jsonPath("$.hits[0].snippet").value(containsString("<mark>")))
                .andExpect(jsonPath("$.hits[0].commentCount").value(0))
                .andExpect(jsonPath("$.facets.years[0].key").value("2026"));
    }

    @Test
    void search_pages_as_every_list_of_the_api_does() throws Exception {
        for (int i = 1; i <= 3; i++) {
            int n = i;
            as(alice, () -> posts.publish(posts.create(PostDraft.of("회사 이야기 " + n, "<p>회사에서</p>")).id()));
        }

        mvc.perform(get("/api/search").param("q", "회사").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2)).andExpect(jsonPath("$.hits.length()").value(2));
        mvc.perform(get("/api/search").param("q", "회사").param("size", "2").param("page", "2"))
                .andExpect(jsonPath("$.hits.length()").value(1));
        mvc.perform(get("/api/search").param("q", "회사").param("page", "0"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value(containsString("from 1")));
        mvc.perform(get("/api/search").param("q", "회사").param("size", "51"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/posts").param("size", "51")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/posts").param("page", "0")).andExpect(status().isBadRequest());
    }

    @Test
    void the_search_box_is_offered_the_blogs_words_as_a_reader_types() throws Exception {
        as(alice, () -> posts.publish(posts.create(PostDraft.of("회사 생활", "<p>회사에서 쿠버네티스를 배웠다</p>")).id()));
        as(alice, () -> posts.create(PostDraft.of("회의록 초안", "<p>회의실 예약</p>")));
        vocabulary.rebuild();

        mvc.perform(get("/api/search/suggestions").param("q", "회ㅅ"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("회ㅅ"))
                .andExpect(jsonPath("$.suggestions[?(@.text == '회사')].kind").value(hasItem("WORD")))
                .andExpect(jsonPath("$.suggestions[?(@.text == '회사 생활')].url").value(hasItem(containsString("/posts/"))));
        mvc.perform(get("/api/search/suggestions").param("q", "회의"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions").isEmpty());
        mvc.perform(get("/api/search/suggestions").param("q", "회").param("size", "21"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("20")));
    }

    @Test
    void a_query_that_finds_nothing_as_typed_says_what_it_was_read_as() throws Exception {
        as(alice, () -> posts.publish(posts.create(PostDraft.of("남자친구 생일", "<p>남자친구에게 줄 선물</p>")).id()));
        vocabulary.rebuild();

        mvc.perform(get("/api/search").param("q", "남지친구"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestion").value("남자친구"))
                .andExpect(jsonPath("$.hits[0].title").value("남자친구 생일"));
        mvc.perform(get("/api/search").param("q", "ㄴㅈㅊㄱ"))
                .andExpect(jsonPath("$.suggestion").value("남자친구"));
        mvc.perform(get("/api/search").param("q", "남자친구"))
                .andExpect(jsonPath("$.suggestion").doesNotExist());
    }

    @Test
    void an_overlong_query_gets_a_clear_error() throws Exception {
        mvc.perform(get("/api/search").param("q", "가".repeat(500)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").isNotEmpty());
    }

    @Test
    void only_admins_rebuild_the_index() throws Exception {
        as(alice, () -> posts.publish(posts.create(PostDraft.of("글", "<p>본문</p>")).id()));

        mvc.perform(post("/api/admin/reindex")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/admin/reindex").header("X-Requested-With", "curl")
                        .with(httpBasic("alice", BlogFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/reindex").header("X-Requested-With", "curl")
                        .with(httpBasic("root", BlogFixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finished").value(true))
                .andExpect(jsonPath("$.done").value(1));
    }
}
