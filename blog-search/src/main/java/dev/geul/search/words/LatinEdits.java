package dev.geul.search.words;

import java.util.ArrayList;
import java.util.List;

/** Latin words one edit away: a letter dropped, two swapped, one changed or one added (Norvig's edits). */
final class LatinEdits {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

    private LatinEdits() {
    }

    static List<String> oneAway(String word) {
        List<String> edits = new ArrayList<>(word.length() * 74 + 36);
        for (int i = 0; i <= word.length(); i++) {
            String left = word.substring(0, i);
            String right = word.substring(i);
            if (!right.isEmpty()) {
                edits.add(left + right.substring(1));
            }
            if (right.length() > 1) {
                edits.add(left + right.charAt(1) + right.charAt(0) + right.substring(2));
            }
            for (char c : LETTERS.toCharArray()) {
                if (!right.isEmpty() && c != right.charAt(0)) {
                    edits.add(left + c + right.substring(1));
                }
                edits.add(left + c + right);
            }
        }
        return edits;
    }
}
