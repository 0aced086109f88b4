package io.lexfed.internal.jurisdiction;

import io.lexfed.scenario.Action;
import io.lexfed.scenario.Place;
import java.util.List;

/**
 * What a provision of state law or local policy does, as {@code rules/jurisdictions/kinds.yaml}
 * declares it: the scenario fact it sets ({@code sets}, under {@code stateLaw} or {@code localPolicy})
 * and to what ({@code value}); whether a locality's policy can be of the kind; whether an exhaustive
 * file's silence settles that fact, and whether only a file that settles the kind by name ({@code settledOnly},
 * for a kind added after the files were researched) speaks for it; the actions (at a place, if {@code at} is set) whose exceptions it
 * governs, and those of them a provision reaches only where its scope names them ({@code scopedOnly}: acts added after
 * the provisions were read, so an unscoped provision's reach over them is unknown); the exceptions a provision of the
 * kind can carry; and whether it records what a local policy expressly keeps ({@code keeps}: a jail's policy of telling
 * immigration authorities of releases sets the fact its limits would set to NO, for the actors and information it names,
 * while its absence says nothing). Kinds are data: the Java reads these properties and never names a kind.
 */
public record ProvisionKind(String kind, String means, String sets, Value value, boolean local, boolean silence, boolean settledOnly,
                            List<Action> reaches, Place at, List<Provision.Exception> exceptions, String people, List<Action> scopedOnly,
                            boolean keeps) {
    /** What a provision in force sets its fact to; STATUS is the provision's own status (a state crime's). */
    public enum Value { YES, NO, STATUS }

    public ProvisionKind {
        reaches = reaches == null ? List.of() : List.copyOf(reaches);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        scopedOnly = scopedOnly == null ? List.of() : List.copyOf(scopedOnly);
        if (kind == null || means == null) {
            throw new IllegalArgumentException("a provision kind needs kind and means: " + kind);
        }
        if ((sets == null) != (value == null)) {
            throw new IllegalArgumentException("kind " + kind + ": sets and value go together (a context-only kind has neither)");
        }
        if (sets == null && (local || !reaches.isEmpty() || !exceptions.isEmpty())) {
            throw new IllegalArgumentException("kind " + kind + ": a context-only kind sets no fact, so it is not local and reaches nothing");
        }
        if (settledOnly && !silence) {
            throw new IllegalArgumentException("kind " + kind + ": settledOnly says where silence settles the fact, and the kind's silence never does");
        }
        if (people != null && sets == null) {
            throw new IllegalArgumentException("kind " + kind + ": 'people' names the state-law fact saying whether the provisions in force reach only the people they list, so the kind sets a fact");
        }
        if (!reaches.containsAll(scopedOnly)) {
            throw new IllegalArgumentException("kind " + kind + ": scopedOnly names acts the kind reaches, and " + scopedOnly + " are not all in " + reaches);
        }
        if (keeps && (value != Value.NO || !local || silence || !reaches.isEmpty() || people != null)) {
            throw new IllegalArgumentException("kind " + kind + ": a kind that keeps cooperation sets a local fact to NO, its silence settles nothing, "
                    + "and it is no limit, so it reaches no act and lists no people");
        }
        if (!exceptions.isEmpty() && reaches.isEmpty()) {
            throw new IllegalArgumentException("kind " + kind + ": exceptions are read for the acts a kind reaches, and it reaches none");
        }
    }

    /** Its name, as provisions give it. */
    public String name() {
        return kind;
    }

    /** The scenario field it sets under {@code stateLaw} or {@code localPolicy}; null for context-only kinds. */
    public String field() {
        return sets;
    }

    /** Whether a local policy may be of this kind. */
    public boolean isLocal() {
        return local;
    }

    /** Whether its limits govern {@code action} done at {@code place}, and so have their exceptions read for it. */
    public boolean reaches(Action action, Place place) {
        return reaches.contains(action) && (at == null || at == place);
    }

    @Override
    public String toString() {
        return kind;
    }
}
