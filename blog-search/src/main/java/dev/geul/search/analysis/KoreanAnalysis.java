package dev.geul.search.analysis;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.POS;

/**
 * The analyzers geul's search fields use, by name, with the same definitions for Lucene and Elasticsearch.
 *
 * <ul>
 *   <li>{@link #KOREAN}: nori morphological analysis with the blog's user dictionary; particles, endings and
 *   copulas dropped (회사에서 → 회사), Hanja read as Hangul, Latin lowercased and plural-stripped, numbers kept.</li>
 *   <li>{@link #HANGUL_PREFIX}: every run of Hangul syllables indexed with all its prefixes up to
 *   {@link #MAX_PREFIX_LENGTH} syllables (쿠버네티스를 → 쿠, 쿠버, …, 쿠버네티스, 쿠버네티스를), so a query word
 *   finds the words that start with it even when nori cuts it apart.</li>
 *   <li>{@link #HANGUL_WORD}: the query side of {@link #HANGUL_PREFIX}: the word itself, truncated alike.</li>
 * </ul>
 */
public final class KoreanAnalysis {

    public static final String KOREAN = "geul_korean";
    public static final String HANGUL_PREFIX = "geul_hangul_prefix";
    public static final String HANGUL_WORD = "geul_hangul_word";

    /** Longer words are indexed by their first syllables only; queries are cut alike. */
    public static final int MAX_PREFIX_LENGTH = 20;

    /** Precomposed Hangul syllables (가..힣): what a "run" of Korean text is made of. */
    public static final String HANGUL_RUN = "[\\uAC00-\\uD7A3]+";
    public static final Pattern HANGUL_RUN_PATTERN = Pattern.compile(HANGUL_RUN);

    /** Nori's defaults (particles, endings, adverbs, affixes, punctuation) plus the copulas 이다 and 아니다. */
    public static final Set<POS.Tag> STOP_TAGS;
    /** The copulas (이다, 아니다), dropped on top of nori's own stop tags. */
    public static final Set<POS.Tag> COPULA_TAGS = Set.of(POS.Tag.VCP, POS.Tag.VCN);

    static {
        EnumSet<POS.Tag> tags = EnumSet.copyOf(KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
        tags.addAll(COPULA_TAGS);
        STOP_TAGS = Set.copyOf(tags);
    }

    private KoreanAnalysis() {
    }

    public static boolean isHangulWord(String word) {
        return HANGUL_RUN_PATTERN.matcher(word).matches();
    }
}
