package io.lexfed.internal.facts;

import io.lexfed.determination.ExposureKind;
import java.util.List;
import java.util.Objects;

/** A legal risk a rule found the actor runs. */
public final class ExposureFact extends Derived {
    private final ExposureKind kind;

    public ExposureFact(String rule, ExposureKind kind, String statement) {
        super(rule, statement, List.of());
        this.kind = Objects.requireNonNull(kind);
    }

    public ExposureKind getKind() {
        return kind;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExposureFact e && e.kind == kind && sameDerivation(e);
    }

    @Override
    protected int computeHash() {
        return Objects.hash(kind, derivationHash());
    }
}
