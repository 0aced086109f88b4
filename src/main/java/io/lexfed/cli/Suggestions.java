package io.lexfed.cli;

import java.util.Collection;

/** "Did you mean": the known word nearest a mistyped one, if it is near enough to be the one meant. */
final class Suggestions {
    private Suggestions() {
    }

    /**
     * The candidate at the smallest edit distance from {@code word} (insertions, deletions,
     * substitutions and swaps of neighbours), or null when even the nearest needs more than a third
     * of the word changed: past that a suggestion is more often wrong than helpful.
     */
    static String nearest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(1, word.length() / 3) ? best : null;
    }

    /** The phrase appended to an "unknown" message, or nothing. */
    static String didYouMean(String word, Collection<String> candidates) {
        String nearest = nearest(word, candidates);
        return nearest == null ? "" : ". Did you mean '" + nearest + "'?";
    }

    // optimal string alignment distance: a swapped pair of letters, the commonest typo, counts as one
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
