package io.lexfed.internal.facts;

import io.lexfed.determination.ExposureKind;
import java.util.Objects;

/** A legal risk a rule found the actor runs. */
public final class ExposureFact extends Derived {
    private final ExposureKind kind;

    public ExposureFact(String rule, ExposureKind kind, String statement) {
        super(rule, statement);
        this.kind = Objects.requireNonNull(kind);
    }

    public ExposureKind getKind() {
        return kind;
    }
}
