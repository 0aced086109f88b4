package io.lexfed.internal.facts;

import java.util.List;

/** Context a rule adds that never decides the outcome. */
public final class Note extends Derived {
    public Note(String rule, String statement) {
        super(rule, statement, List.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Note n && sameDerivation(n);
    }

    @Override
    protected int computeHash() {
        return derivationHash();
    }
}
