package io.lexfed.internal.predicates;

import java.util.BitSet;

/** Bit sets written as the indices they hold, for the predicate layer's tests. */
final class Bits {
    private Bits() {
    }

    static BitSet of(int... indices) {
        BitSet b = new BitSet();
        for (int i : indices) {
            b.set(i);
        }
        return b;
    }
}
