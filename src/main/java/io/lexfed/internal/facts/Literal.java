package io.lexfed.internal.facts;

import org.kie.api.definition.type.Position;

/**
 * A predicate's value as the rules see it: {@link Is} that it holds, {@link IsNot} that it does
 * not. A known predicate is one certain literal; a predicate that turns on an unknown fact or an
 * unsettled question is both literals, each uncertain, so the rules conclude what would follow
 * either way and the resolution decides which outcome the facts and the law leave open. Rules match
 * literals only positively (never {@code not Is(...)}), so what they conclude never depends on which
 * literals are present. A value known only by a presumption of law is also both literals, the presumed
 * one certain and the other not. The literal's code is {@code 2 * predicate index}, plus one for {@code IsNot}.
 */
public abstract class Literal {
    @Position(0)
    private final String predicate;
    private final int code;
    private final boolean certain;
    private final boolean presumed;

    Literal(String predicate, int index, boolean negative, boolean certain, boolean presumed) {
        this.predicate = predicate;
        this.code = 2 * index + (negative ? 1 : 0);
        this.certain = certain;
        this.presumed = presumed;
    }

    /** The predicate's id, e.g. {@code agent-within-federal-authority}. */
    public String getPredicate() {
        return predicate;
    }

    /** The literal's code: twice the predicate's index, plus one for a negative literal. */
    public int getCode() {
        return code;
    }

    /** Whether the predicate's value is known, rather than one of two the resolution must consider. */
    public boolean isCertain() {
        return certain;
    }

    /**
     * Whether the value is certain only by a presumption of law: what a rule derives from it holds
     * unless the presumption is rebutted, so the determination can say what would follow then.
     */
    public boolean isPresumed() {
        return presumed;
    }

    /** The predicate index of a literal code. */
    public static int predicate(int code) {
        return code >> 1;
    }

    /** Whether a literal code is negative (IsNot). */
    public static boolean negative(int code) {
        return (code & 1) == 1;
    }

    @Override
    public String toString() {
        return (code % 2 == 0 ? "Is(" : "IsNot(") + predicate + (certain ? ")" : ", uncertain)");
    }
}
