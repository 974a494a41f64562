package dev.geul.search;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.geul.account.BlogUser;
import dev.geul.base.InvalidInputException;
import dev.geul.base.Permalinks;
import dev.geul.category.CategoryDraft;
import dev.geul.category.CategoryNode;
import dev.geul.category.CategoryService;
import dev.geul.comment.CommentModeration;
import dev.geul.comment.CommentService;
import dev.geul.comment.CommentStatus;
import dev.geul.comment.CommentView;
import dev.geul.comment.NewComment;
import dev.geul.post.PostDetail;
import dev.geul.post.PostDraft;
import dev.geul.post.PostEditor;
import dev.geul.post.Visibility;
import dev.geul.search.testing.SearchFixtures;
import dev.geul.testing.BlogFixtures;
import dev.geul.testing.TestClock;
import dev.geul.search.words.BlogVocabulary;
import dev.geul.transfer.wxr.WxrImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static dev.geul.testing.BlogFixtures.as;
import static dev.geul.testing.BlogFixtures.asGuest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class SearchServiceIT {

    @Autowired
    SearchService search;
    @Autowired
    PostEditor posts;
    @Autowired
    CommentService comments;
    @Autowired
    CommentModeration moderation;
    @Autowired
    CategoryService categories;
    @Autowired
    BlogFixtures fixtures;
    @Autowired
    SearchFixtures searchFixtures;
    @Autowired
    TestClock clock;
    @Autowired
    WxrImporter importer;
    @Autowired
    BlogVocabulary vocabulary;

    BlogUser alice;
    BlogUser bob;
    BlogUser admin;

    @BeforeEach
    void setUp() {
        searchFixtures.reset();
        alice = fixtures.author("alice");
        bob = fixtures.author("bob");
        admin = fixtures.admin();
    }

    private PostDetail publish(BlogUser author, PostDraft draft) {
        return as(author, () -> posts.publish(posts.create(draft).id()));
    }

    private PostDetail publish(String title, String html) {
        return publish(alice, PostDraft.of(title, html));
    }

    private SearchResult guestSearch(SearchQuery query) {
        return asGuest(() -> search.search(query));
    }

    private List<String> titles(String text) {
        return guestSearch(SearchQuery.of(text)).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void a_word_is_found_whatever_particle_follows_it_and_only_where_it_is() {
        publish("야근", "<p>오늘도 회사에서 야근을 했다.</p>");
        publish("퇴사", "<p>결국 회사를 그만두었다.</p>");
        publish("회사라는 곳", "<p>모두가 다니는 곳이다.</p>");
        publish("대회", "<p>대회사진을 정리했다. 학교 운동장에서 찍었다.</p>");
        publish("학교", "<p>학교에 갔다.</p>");

        assertThat(titles("회사")).containsExactlyInAnyOrder("야근", "퇴사", "회사라는 곳");
        assertThat(titles("회사에서")).containsExactlyInAnyOrder("야근", "퇴사", "회사라는 곳");
        assertThat(titles("학교")).containsExactlyInAnyOrder("대회", "학교");
    }

    @Test
    void a_one_syllable_noun_is_found_too() {
        publish("어젯밤", "<p>어젯밤 꿈에서 바다를 보았다.</p>");
        publish("목표", "<p>꿈을 이루려고 꾸준히 공부했다.</p>");
        publish("간식", "<p>꿀을 먹고 꾸벅 졸았다.</p>");

        assertThat(titles("꿈")).containsExactlyInAnyOrder("어젯밤", "목표");
    }

    @Test
    void posts_holding_every_word_come_first() {
        publish("배포 일지", "<p>오늘 서비스를 배포했다. 배포는 언제나 떨린다.</p>");
        publish("쿠버네티스 입문", "<p>쿠버네티스를 처음 배웠다.</p>");
        publish("주말", "<p>쿠버네티스로 블로그를 배포했다.</p>");

        assertThat(titles("쿠버네티스 배포")).first().isEqualTo("주말");
        assertThat(titles("배포 쿠버네티스")).first().isEqualTo("주말");
        // when no post holds every word, the posts holding some still come back
        assertThat(titles("쿠버네티스 김치찌개")).containsExactlyInAnyOrder("쿠버네티스 입문", "주말");
    }

    @Test
    void a_title_match_ranks_above_a_match_in_the_text() {
        publish("여행 준비물", "<p>가방을 쌌다.</p>");
        publish("지난 주말", "<p>친구와 제주도 여행을 다녀왔다. 바다가 좋았다.</p>");
        clock.advance(Duration.ofDays(1));
        publish("일기", "<p>여행은 늘 좋다. 다음 여행은 언제일까. 여행 계획을 세웠다.</p>");

        assertThat(titles("여행")).first().isEqualTo("여행 준비물");
    }

    @Test
    void snippets_mark_the_words_found_and_escape_everything_else() {
        publish("메모", "<p>회사에서 <strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong> 같은 글을 보았다 &amp; 웃었다.</p>");

        SearchHit hit = guestSearch(SearchQuery.of("회사")).hits().getFirst();

        assertThat(hit.snippet()).contains("<mark>회사</mark>에서").contains("&lt;script&gt;").contains("&amp;");
        String withoutMarks = hit.snippet().replace("<mark>", "").replace("</mark>", "");
        assertThat(withoutMarks).doesNotContain("<").doesNotContain(">").doesNotContain("strong");
    }

    @Test
    void a_hit_carries_what_a_result_page_shows() {
        CategoryNode diary = as(admin, () -> categories.create(new CategoryDraft("일상", null, null, null, 0)));
        PostDetail post = publish(alice, PostDraft.of("봄 소풍", "<p>도시락을 쌌다.</p>").withCategory(diary.id()));
        as(alice, () -> comments.add(post.id(), NewComment.signedIn("도시락 맛있겠다"), null, null));
        PostDetail page = publish(alice, PostDraft.of("소개", "<p>도시락을 좋아하는 사람</p>").asPage(null));

        List<SearchHit> hits = guestSearch(SearchQuery.of("도시락")).hits();

        SearchHit postHit = hits.stream().filter(hit -> hit.id() == post.id()).findFirst().orElseThrow();
        assertThat(postHit.slug()).isEqualTo(post.slug());
        assertThat(postHit.url()).isEqualTo(Permalinks.post(post.slug()));
        assertThat(postHit.category()).isEqualTo("일상");
        assertThat(postHit.categorySlug()).isEqualTo(diary.slug());
        assertThat(postHit.publishedAt()).isEqualTo(post.publishedAt());
        assertThat(postHit.commentCount()).isEqualTo(1);
        SearchHit pageHit = hits.stream().filter(hit -> hit.id() == page.id()).findFirst().orElseThrow();
        assertThat(pageHit.url()).isEqualTo(Permalinks.page(page.slug()));
        assertThat(pageHit.category()).isNull();
    }

    @Test
    void guests_never_find_drafts_private_protected_unlisted_trashed_or_future_posts() {
        as(alice, () -> posts.create(PostDraft.of("초안 비밀", "<p>아직 쓰는 중</p>")));
        publish(alice, PostDraft.of("비공개 비밀", "<p>나만 보기</p>").withVisibility(Visibility.PRIVATE, null));
        publish(alice, PostDraft.of("암호 비밀", "<p>암호 글</p>").withVisibility(Visibility.PASSWORD, "열려라"));
        publish(alice, PostDraft.of("링크 비밀", "<p>링크로만</p>").withVisibility(Visibility.UNLISTED, null));
        PostDetail trashed = publish("지운 비밀", "<p>휴지통</p>");
        as(alice, () -> posts.trash(trashed.id()));
        PostDetail scheduled = as(alice, () -> posts.create(PostDraft.of("예약 비밀", "<p>내일 공개</p>")));
        as(alice, () -> posts.schedule(scheduled.id(), clock.instant().plus(Duration.ofHours(10))));
        publish("공개 비밀", "<p>모두에게</p>");

        assertThat(titles("비밀")).containsExactly("공개 비밀");
        // a signed-in author is a reader here too: her drafts belong to the management search
        assertThat(as(alice, () -> search.search(SearchQuery.of("비밀"))).hits()).extracting(SearchHit::title)
                .containsExactly("공개 비밀");

        clock.advance(Duration.ofHours(10));
        assertThat(titles("비밀")).containsExactlyInAnyOrder("공개 비밀", "예약 비밀");
    }

    @Test
    void authors_search_their_own_posts_in_any_state_and_admins_every_post() {
        as(alice, () -> posts.create(PostDraft.of("앨리스의 초안 메모", "<p>x</p>")));
        publish(alice, PostDraft.of("앨리스의 비공개 메모", "<p>x</p>").withVisibility(Visibility.PRIVATE, null));
        as(bob, () -> posts.create(PostDraft.of("밥의 초안 메모", "<p>x</p>")));
        PostDetail trashed = as(alice, () -> posts.create(PostDraft.of("앨리스의 지운 메모", "<p>x</p>")));
        as(alice, () -> posts.trash(trashed.id()));

        assertThat(as(alice, () -> search.searchManaged(SearchQuery.of("메모"))).hits()).extracting(SearchHit::title)
                .containsExactlyInAnyOrder("앨리스의 초안 메모", "앨리스의 비공개 메모");
        assertThat(as(bob, () -> search.searchManaged(SearchQuery.of("메모"))).hits()).extracting(SearchHit::title)
                .containsExactly("밥의 초안 메모");
        assertThat(as(admin, () -> search.searchManaged(SearchQuery.of("메모"))).total()).isEqualTo(3);
        assertThatThrownBy(() -> asGuest(() -> search.searchManaged(SearchQuery.of("메모"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_edited_post_is_found_by_its_new_words_and_not_its_old_ones() {
        PostDetail post = publish("여름 계획", "<p>바다에 가고 싶다.</p>");

        as(alice, () -> posts.update(post.id(), post.version(), PostDraft.of("겨울 계획", "<p>산에 가고 싶다.</p>")));

        assertThat(titles("바다")).isEmpty();
        assertThat(titles("여름")).isEmpty();
        assertThat(titles("산에")).containsExactly("겨울 계획");
        assertThat(titles("겨울")).containsExactly("겨울 계획");
    }

    @Test
    void a_trashed_post_disappears_and_comes_back_when_restored() {
        PostDetail post = publish("고양이", "<p>고양이가 창가에서 잔다.</p>");
        assertThat(titles("고양이")).containsExactly("고양이");

        as(alice, () -> posts.trash(post.id()));
        assertThat(titles("고양이")).isEmpty();

        as(alice, () -> posts.restore(post.id()));
        assertThat(titles("고양이")).containsExactly("고양이");
    }

    @Test
    void visibility_changes_and_unpublishing_follow_into_search() {
        PostDetail post = publish("산책", "<p>공원을 걸었다.</p>");

        PostDetail hidden = as(alice, () -> posts.update(post.id(), post.version(),
                post.toDraft().withVisibility(Visibility.PRIVATE, null)));
        assertThat(titles("공원")).isEmpty();

        PostDetail shown = as(alice, () -> posts.update(hidden.id(), hidden.version(),
                hidden.toDraft().withVisibility(Visibility.PUBLIC, null)));
        assertThat(titles("공원")).containsExactly("산책");

        as(alice, () -> posts.unpublish(shown.id()));
        assertThat(titles("공원")).isEmpty();
    }

    @Test
    void a_comment_finds_its_post_only_once_approved_and_no_longer_once_deleted() {
        PostDetail post = publish("주말 이야기", "<p>집에서 쉬었다.</p>");

        CommentView comment = asGuest(() -> comments.add(post.id(),
                NewComment.guest("민수", "pw1234", "저도 떡볶이 먹고 싶네요"), null, "127.0.0.1"));
        assertThat(comment.status()).isEqualTo(CommentStatus.PENDING);
        assertThat(titles("떡볶이")).isEmpty();

        as(alice, () -> moderation.moderate(comment.id(), CommentStatus.APPROVED));
        assertThat(titles("떡볶이")).containsExactly("주말 이야기");
        assertThat(guestSearch(SearchQuery.of("떡볶이")).hits().getFirst().snippet()).contains("<mark>떡볶이</mark>");

        as(alice, () -> moderation.moderate(comment.id(), CommentStatus.SPAM));
        assertThat(titles("떡볶이")).isEmpty();

        as(alice, () -> moderation.moderate(comment.id(), CommentStatus.APPROVED));
        assertThat(titles("떡볶이")).containsExactly("주말 이야기");
        as(alice, () -> comments.delete(comment.id(), null));
        assertThat(titles("떡볶이")).isEmpty();
    }

    @Test
    void the_approved_comments_of_imported_posts_find_them_and_the_others_do_not() {
        String wxr = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><link>https://old.example.kr</link><wp:wxr_version>1.2</wp:wxr_version>
                <item><title>봄 소풍</title><dc:creator>minji</dc:creator>
                  <content:encoded><![CDATA[김밥을 쌌다]]></content:encoded><wp:post_id>1</wp:post_id>
                  <wp:post_date_gmt>2024-04-01 00:00:00</wp:post_date_gmt><wp:status>publish</wp:status>
                  <wp:post_type>post</wp:post_type>
                  <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>독자</wp:comment_author>
                    <wp:comment_content>벚꽃 사진도 보고 싶어요</wp:comment_content><wp:comment_approved>1</wp:comment_approved>
                  </wp:comment>
                  <wp:comment><wp:comment_id>2</wp:comment_id><wp:comment_author>광고</wp:comment_author>
                    <wp:comment_content>대출 상담</wp:comment_content><wp:comment_approved>spam</wp:comment_approved>
                  </wp:comment></item>
                <item><title>여름 휴가</title><dc:creator>minji</dc:creator>
                  <content:encoded><![CDATA[바다에 갔다]]></content:encoded><wp:post_id>2</wp:post_id>
                  <wp:post_date_gmt>2024-08-01 00:00:00</wp:post_date_gmt><wp:status>publish</wp:status>
                  <wp:post_type>post</wp:post_type></item>
                </channel></rss>
                """;

        as(admin, () -> importer.importWxr(new ByteArrayInputStream(wxr.getBytes(StandardCharsets.UTF_8))));

        assertThat(titles("벚꽃")).containsExactly("봄 소풍");
        assertThat(titles("대출")).isEmpty();
        assertThat(titles("바다")).containsExactly("여름 휴가");
    }

    @Test
    void a_post_in_several_categories_is_found_and_counted_in_each() {
        String wxr = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><link>https://old.example.kr</link><wp:wxr_version>1.2</wp:wxr_version>
                <item><title>제주 여행과 음식</title><dc:creator>minji</dc:creator>
                  <category domain="category" nicename="travel"><![CDATA[여행]]></category>
                  <category domain="category" nicename="food"><![CDATA[음식]]></category>
                  <content:encoded><![CDATA[고기국수를 먹었다]]></content:encoded><wp:post_id>1</wp:post_id>
                  <wp:post_date_gmt>2024-04-01 00:00:00</wp:post_date_gmt><wp:status>publish</wp:status>
                  <wp:post_type>post</wp:post_type></item>
                </channel></rss>
                """;
        as(admin, () -> importer.importWxr(new ByteArrayInputStream(wxr.getBytes(StandardCharsets.UTF_8))));

        SearchResult all = guestSearch(SearchQuery.of("고기국수"));
        assertThat(all.facets().categories()).extracting(FacetCount::label).containsExactlyInAnyOrder("여행", "음식");
        for (String category : List.of("travel", "food")) {
            assertThat(guestSearch(new SearchQuery("고기국수", category, null, null, SearchSort.RELEVANCE, 0, 10)).total())
                    .as(category).isOne();
        }
    }

    @Test
    void a_slip_a_post_holds_is_found_as_typed_and_the_likelier_word_is_offered_beside_it() {
        for (int i = 0; i < 12; i++) {
            publish("만남 " + i, "<p>좋은 사람을 만났다</p>");
        }
        publish("오타가 있는 글", "<p>좋은 시람을 만났다</p>");
        vocabulary.rebuild();

        SearchResult slip = guestSearch(SearchQuery.of("시람"));
        assertThat(slip.hits()).extracting(SearchHit::title).as("found as typed").containsExactly("오타가 있는 글");
        assertThat(slip.suggestion()).isNull();
        assertThat(slip.didYouMean()).isEqualTo("사람");
        assertThat(guestSearch(SearchQuery.of("사람")).didYouMean()).as("a common word is offered nothing").isNull();
    }

    @Test
    void a_loanword_finds_its_english_spelling_and_the_word_typed_comes_first() {
        publish("쿠버네티스 입문", "<p>쿠버네티스를 회사에서 배웠다</p>");
        publish("Kubernetes notes", "<p>Deploying kubernetes with Helm</p>");
        publish("k8s 운영기", "<p>k8s 클러스터를 옮겼다</p>");
        publish("도커 입문", "<p>컨테이너를 처음 만들었다</p>");

        assertThat(guestSearch(SearchQuery.of("kubernetes")).hits()).extracting(SearchHit::title)
                .as("the shipped synonyms: 쿠버네티스 = kubernetes = k8s")
                .startsWith("Kubernetes notes").containsExactlyInAnyOrder("Kubernetes notes", "쿠버네티스 입문", "k8s 운영기");
        assertThat(guestSearch(SearchQuery.of("쿠버네티스를")).hits()).extracting(SearchHit::title)
                .startsWith("쿠버네티스 입문").hasSize(3);
        assertThat(guestSearch(SearchQuery.of("kubernetes")).suggestion()).isNull();
    }

    @Test
    void a_query_typed_with_the_keyboard_in_the_other_mode_is_rescued_and_says_so() {
        publish("남자친구와 데이트", "<p>주말에 남자친구를 만났다</p>");
        publish("git 입문", "<p>git으로 글을 관리한다</p>");

        SearchResult rescued = guestSearch(SearchQuery.of("skawkclsrn"));
        assertThat(rescued.suggestion()).isEqualTo("남자친구");
        assertThat(rescued.hits()).extracting(SearchHit::title).containsExactly("남자친구와 데이트");
        SearchResult latin = guestSearch(SearchQuery.of("햐ㅅ"));
        assertThat(latin.suggestion()).isEqualTo("git");
        assertThat(latin.hits()).extracting(SearchHit::title).containsExactly("git 입문");

        SearchResult asTyped = guestSearch(SearchQuery.of("남자친구"));
        assertThat(asTyped.suggestion()).as("a query that finds what it asks is not rewritten").isNull();
        assertThat(guestSearch(SearchQuery.of("qwxzqwxz")).total()).isZero();
    }

    @Test
    void a_secret_comment_never_finds_its_post() {
        PostDetail post = publish("질문 받아요", "<p>무엇이든</p>");
        as(bob, () -> comments.add(post.id(), NewComment.signedIn("제 전화번호는 비밀번호입니다").asSecret(), null, null));

        assertThat(titles("전화번호")).isEmpty();
    }

    @Test
    void facets_count_categories_tags_and_years_and_filter_the_hits() {
        CategoryNode travel = as(admin, () -> categories.create(new CategoryDraft("여행", null, null, null, 0)));
        CategoryNode abroad = as(admin, () -> categories.create(new CategoryDraft("해외", null, null, travel.id(), 0)));
        CategoryNode food = as(admin, () -> categories.create(new CategoryDraft("음식", null, null, null, 1)));
        publish(alice, PostDraft.of("제주 맛집", "<p>제주에서 먹은 국수</p>").withCategory(travel.id())
                .withTags(List.of("제주", "국수")));
        publish(alice, PostDraft.of("오사카 맛집", "<p>오사카에서 먹은 라멘</p>").withCategory(abroad.id())
                .withTags(List.of("일본")));
        clock.advance(Duration.ofDays(365));
        publish(alice, PostDraft.of("집밥 맛집", "<p>집에서 만든 국수</p>").withCategory(food.id())
                .withTags(List.of("국수")));
        publish(alice, PostDraft.of("맛집 목록", "<p>정리 중</p>"));

        SearchResult all = guestSearch(SearchQuery.of("맛집"));
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.facets().categories()).extracting(FacetCount::label, FacetCount::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("여행", 1L),
                        org.assertj.core.groups.Tuple.tuple("해외", 1L), org.assertj.core.groups.Tuple.tuple("음식", 1L));
        assertThat(all.facets().tags()).first().satisfies(tag -> {
            assertThat(tag.label()).isEqualTo("국수");
            assertThat(tag.count()).isEqualTo(2);
        });
        int thisYear = clock.instant().atZone(java.time.ZoneOffset.UTC).getYear();
        assertThat(all.facets().years()).extracting(FacetCount::key, FacetCount::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple(String.valueOf(thisYear), 2L),
                org.assertj.core.groups.Tuple.tuple(String.valueOf(thisYear - 1), 2L));

        // a category includes its subcategories
        assertThat(hitTitles(SearchQuery.of("맛집").withCategory(travel.slug())))
                .containsExactlyInAnyOrder("제주 맛집", "오사카 맛집");
        String noodles = all.facets().tags().getFirst().key();
        assertThat(hitTitles(SearchQuery.of("맛집").withTag(noodles))).containsExactlyInAnyOrder("제주 맛집", "집밥 맛집");
        assertThat(hitTitles(SearchQuery.of("맛집").withYear(thisYear - 1)))
                .containsExactlyInAnyOrder("제주 맛집", "오사카 맛집");
        assertThat(hitTitles(SearchQuery.of("맛집").withCategory("no-such-category"))).isEmpty();
        assertThat(hitTitles(SearchQuery.of("맛집").withTag("no-such-tag"))).isEmpty();
    }

    private List<String> hitTitles(SearchQuery query) {
        return guestSearch(query).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void results_page_and_sort_by_date() {
        for (int i = 1; i <= 7; i++) {
            publish("일기 " + i, "<p>오늘의 일기</p>");
            clock.advance(Duration.ofDays(1));
        }

        SearchQuery newest = SearchQuery.of("일기").sortedBy(SearchSort.NEWEST);
        SearchResult first = guestSearch(newest.page(0, 3));
        SearchResult third = guestSearch(newest.page(2, 3));

        assertThat(first.total()).isEqualTo(7);
        assertThat(first.hits()).extracting(SearchHit::title).containsExactly("일기 7", "일기 6", "일기 5");
        assertThat(third.hits()).extracting(SearchHit::title).containsExactly("일기 1");
        assertThat(first.hits()).extracting(SearchHit::publishedAt).isSortedAccordingTo(
                java.util.Comparator.<Instant>reverseOrder());
        assertThat(guestSearch(newest.page(0, 1000)).hits()).hasSize(7);
        SearchResult beyond = guestSearch(newest.page(1_000_000, 10));
        assertThat(beyond.hits()).isEmpty();
        assertThat(beyond.total()).isEqualTo(7);
    }

    @Test
    void at_most_fifty_hits_come_back_per_page() {
        for (int i = 1; i <= 55; i++) {
            publish("노트 " + i, "<p>메모 " + i + "</p>");
        }

        SearchResult result = guestSearch(SearchQuery.of("노트").page(0, 1000));

        assertThat(result.total()).isEqualTo(55);
        assertThat(result.hits()).hasSize(SearchService.MAX_PAGE_SIZE);
    }

    @Test
    void a_blank_query_gives_nothing_and_an_overlong_one_is_refused() {
        publish("아무 글", "<p>내용</p>");

        assertThat(guestSearch(SearchQuery.of("   ")).total()).isZero();
        assertThat(guestSearch(SearchQuery.of(null)).hits()).isEmpty();
        assertThat(guestSearch(SearchQuery.of("을 를 !!")).hits()).isEmpty();
        assertThatThrownBy(() -> guestSearch(SearchQuery.of("글".repeat(SearchService.MAX_QUERY_LENGTH + 1))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void words_nori_drops_as_adverbs_are_still_found_as_words() {
        publish("감상", "<p>정말 너무 좋았다.</p>");
        publish("다른 감상", "<p>그저 그랬다.</p>");

        assertThat(titles("정말")).containsExactly("감상");
        assertThat(titles("정말 너무")).containsExactly("감상");
    }

    @Test
    void a_word_nori_reads_as_something_it_does_not_say_finds_only_where_it_is_written() {
        publish("화장", "<p>오늘은 쌩얼로 출근했다.</p>");
        publish("시간", "<p>얼마나 걸릴까? 얼이 빠진 표정으로 기다렸다.</p>");
        publish("공부", "<p>인지 능력을 기르는 훈련을 했다.</p>");
        publish("여행", "<p>즐거운 여행이네요. 이를 닦고 잤다.</p>");

        // nori reads 쌩얼 as the prefix 쌩 and 얼, and 인지 as the noun 이 with an ending: their pieces are in
        // the other posts, the words are not
        assertThat(titles("쌩얼")).containsExactly("화장");
        assertThat(titles("쌩얼로")).containsExactly("화장");
        assertThat(titles("인지")).containsExactly("공부");
        // words nori reads as written still find their other forms
        assertThat(titles("여행")).containsExactly("여행");
        assertThat(titles("출근하다")).containsExactly("화장");
    }

    @Test
    void english_and_numbers_are_found_in_korean_text() {
        publish("회고", "<p>2023년에 MLOps 엔지니어가 되었다. Kubernetes 클러스터를 운영했다.</p>");
        publish("다른 글", "<p>2022년 이야기</p>");

        assertThat(titles("mlops")).containsExactly("회고");
        assertThat(titles("kubernetes")).containsExactly("회고");
        assertThat(titles("2023")).containsExactly("회고");
        assertThat(titles("2023년")).containsExactly("회고");
    }
}
