package io.lexfed.internal.catalogue;

/**
 * Values of facts that contradict each other ({@code constraints} in {@code rules/facts.yaml}):
 * the combination where every fact in {@code facts} has one of its {@code codes}. {@code at} is
 * the fact an error names. The scenario records refuse such input; the engine never considers such
 * a combination when it asks what unknown facts could be.
 */
public record Contradiction(int at, String message, int[] facts, int[][] codes) {
    static Contradiction of(int at, String message, Object... pairs) {
        int n = pairs.length / 2;
        int[] facts = new int[n];
        int[][] codes = new int[n][];
        for (int i = 0; i < n; i++) {
            facts[i] = (Integer) pairs[2 * i];
            codes[i] = (int[]) pairs[2 * i + 1];
        }
        return new Contradiction(at, message, facts, codes);
    }

    /** Whether the codes {@code v} (one per fact, -1 unknown) hold this contradiction. */
    public boolean heldBy(int[] v) {
        for (int i = 0; i < facts.length; i++) {
            if (!contains(codes[i], v[facts[i]])) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(int[] codes, int c) {
        for (int x : codes) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }
}
