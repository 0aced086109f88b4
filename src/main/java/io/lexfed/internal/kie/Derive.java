package io.lexfed.internal.kie;

import io.lexfed.determination.ExposureKind;
import io.lexfed.determination.Layer;
import io.lexfed.determination.Outcome;
import io.lexfed.internal.facts.Conclusion;
import io.lexfed.internal.facts.Derived;
import io.lexfed.internal.facts.ExposureFact;
import io.lexfed.internal.facts.Literal;
import io.lexfed.internal.facts.Note;
import io.lexfed.internal.facts.Unresolved;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one helper rule consequences use to derive facts. It stamps each derived fact with the firing
 * rule's name, so doctrine, section and citations come only from the rule's metadata, and with the
 * literals the rule matched: a rule that matched an uncertain literal derives a fact that holds only
 * if the literal does, which the resolution weighs. Rules write only what follows from the law;
 * nothing here, or in them, says what is unknown.
 */
public final class Derive {
    private Derive() {
    }

    // A match holds a handful of facts, so their codes are sorted in small arrays.
    private static <T extends Derived> T stamped(RuleContext k, T derived) {
        List<Object> matched = k.getMatch().getObjects();
        int[] all = new int[matched.size()];
        int[] uncertain = new int[matched.size()];
        int[] rebuttable = new int[matched.size()];
        int n = 0;
        int u = 0;
        int r = 0;
        for (Object o : matched) {
            if (o instanceof Literal l) {
                all[n++] = l.getCode();
                if (!l.isCertain()) {
                    uncertain[u++] = l.getCode();
                }
                if (!l.isCertain() || l.isPresumed()) {
                    rebuttable[r++] = l.getCode();
                }
            }
        }
        Arrays.sort(all, 0, n);
        Arrays.sort(uncertain, 0, u);
        Arrays.sort(rebuttable, 0, r);
        int[] condition = Arrays.copyOf(uncertain, u);
        derived.setLiterals(Arrays.copyOf(all, n), condition, r == u ? condition : Arrays.copyOf(rebuttable, r));
        return derived;
    }

    /** A firm conclusion, REQUIRED, PERMITTED or PROHIBITED at a layer of law. */
    public static void conclude(RuleContext k, Layer layer, Outcome outcome, String statement) {
        k.getKieRuntime().insert(stamped(k, new Conclusion(k.getRule().getName(), layer, outcome, Set.of(), statement)));
    }

    /**
     * A conclusion LexFed leaves to the courts: the law could give any of {@code possible}, and
     * nothing binding chooses. The determination is UNSETTLED unless the outcome is the same
     * whichever it turns out to be.
     */
    public static void unsettled(RuleContext k, Layer layer, String statement, Outcome... possible) {
        k.getKieRuntime().insert(stamped(k, new Conclusion(k.getRule().getName(), layer, Outcome.UNSETTLED, EnumSet.of(possible[0], possible), statement)));
    }

    public static void exposure(RuleContext k, ExposureKind kind, String statement) {
        k.getKieRuntime().insert(stamped(k, new ExposureFact(k.getRule().getName(), kind, statement)));
    }

    public static void note(RuleContext k, String statement) {
        k.getKieRuntime().insert(stamped(k, new Note(k.getRule().getName(), statement)));
    }

    /**
     * The bottom line's marker, derived from the absence of any conclusion; logical, so it goes as
     * soon as any conclusion comes, in whatever order the rules fire.
     */
    public static void unresolved(RuleContext k, String statement) {
        k.insertLogical(stamped(k, new Unresolved(k.getRule().getName(), statement)));
    }
}
