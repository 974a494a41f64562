package dev.geul.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Replaces each token by its prefixes, shortest first, all at the token's position. Unlike Lucene's edge n-gram
 * filter each prefix keeps its own end offset, so a highlight marks 쿠버네티스 in 쿠버네티스를, not the whole word.
 * Expects tokens whose offsets match their text (no char filter before it).
 */
final class HangulPrefixFilter extends TokenFilter {

    private final int maxLength;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);

    private char[] word = new char[0];
    private int wordLength;
    private int startOffset;
    private int emitted;
    private @Nullable State state;

    HangulPrefixFilter(TokenStream input, int maxLength) {
        super(input);
        this.maxLength = maxLength;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (state != null && emitted < Math.min(wordLength, maxLength)) {
            restoreState(state);
            emitted++;
            term.copyBuffer(word, 0, emitted);
            offset.setOffset(startOffset, startOffset + emitted);
            positionIncrement.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            state = null;
            return false;
        }
        wordLength = term.length();
        if (word.length < wordLength) {
            word = new char[wordLength];
        }
        System.arraycopy(term.buffer(), 0, word, 0, wordLength);
        startOffset = offset.startOffset();
        state = captureState();
        emitted = 1;
        term.setLength(1);
        offset.setOffset(startOffset, startOffset + 1);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        state = null;
        emitted = 0;
        wordLength = 0;
    }
}
