package io.lexfed.internal.predicates;

import io.lexfed.internal.catalogue.Fact;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An element of a predicate's definition in {@code rules/predicates/}: a fact's value, a reference
 * to another predicate, a combination (all of, any of, not), a presumption, an exception, a
 * contested question, the law in force on the date, or the question's actor or action. The build
 * turns each YAML definition into a tree of these (the generated {@code PredicateData}); nothing
 * here knows any law. Immutable.
 */
public abstract class Node {
    Node() {
    }

    abstract Value eval(Context c);

    /** Visits this node and every node below it, not following references to other predicates. */
    void visit(Consumer<Node> v) {
        v.accept(this);
    }

    // ---- leaves -------------------------------------------------------------------------

    /** A truth fact, read as it is. */
    static Node truth(int fact) {
        return new Truth(fact);
    }

    /** An enumerated fact taking one of the values (by code). */
    static Node is(int fact, int... codes) {
        return new Is(fact, codes);
    }

    /** A count at most {@code n}. */
    static Node atMost(int fact, int n) {
        return new AtMost(fact, n);
    }

    /** The action under question is one of these. */
    static Node action(Action... actions) {
        return new QuestionIs<>(c -> c.action, EnumSet.of(actions[0], actions));
    }

    /** The actor is one of these. */
    static Node actor(Actor... actors) {
        return new QuestionIs<>(c -> c.actor, EnumSet.of(actors[0], actors));
    }

    /** The registry's authority {@code id} is in force on the date of the events. */
    static Node inForce(int authority) {
        return new InForce(authority);
    }

    /** A legal question nothing binding decides (by its index among the contested questions). */
    static Node contested(int question) {
        return new Contested(question);
    }

    /** Whether the courts, where and when the events happened, answer contested question {@code question} with {@code holds}. */
    static Node ruling(int question, boolean holds) {
        return new Ruling(question, holds);
    }

    /** Another predicate's value. */
    static Node ref(int predicate) {
        return new Ref(predicate);
    }

    // ---- combinations --------------------------------------------------------------------

    static Node all(Node... nodes) {
        return new Combination(true, nodes);
    }

    static Node any(Node... nodes) {
        return new Combination(false, nodes);
    }

    static Node not(Node node) {
        return new Not(node);
    }

    /**
     * The inner node's value where it is known; where it is UNKNOWN and {@code when} holds (or there
     * is no {@code when}), the value the law presumes, with the presumption named in the value.
     */
    static Node presume(int presumption, Node when, Node inner, boolean as) {
        return new Presume(presumption, when, inner, as, -1);
    }

    /**
     * The inner node's value where it is known; where it is UNKNOWN and {@code when} holds, the
     * contested question {@code question}: the law presumes that what a pending challenge disputes is
     * for the court to decide. Rebutted, it gives {@code rebuttal}, the value the challenge asserts.
     */
    static Node presumeContested(int presumption, Node when, Node inner, int question, boolean rebuttal) {
        return new Presume(presumption, when, inner, rebuttal, question);
    }

    /** {@code base}, unless one of the exceptions applies; the exceptions that apply are named in the value. */
    static Node except(Node base, int[] exceptions, Node[] when) {
        return new Except(base, exceptions, when);
    }

    static final class Truth extends Node {
        final int fact;

        Truth(int fact) {
            this.fact = fact;
        }

        @Override
        Value eval(Context c) {
            int v = c.codes[fact];
            return v == Fact.UNKNOWN ? Value.unknown(fact) : Value.of(v == 0);
        }
    }

    static final class Is extends Node {
        final int fact;
        private final int[] codes;

        Is(int fact, int[] codes) {
            this.fact = fact;
            this.codes = codes.clone();
        }

        @Override
        Value eval(Context c) {
            int v = c.codes[fact];
            if (v == Fact.UNKNOWN) {
                return Value.unknown(fact);
            }
            for (int x : codes) {
                if (x == v) {
                    return Value.YES;
                }
            }
            return Value.NO;
        }
    }

    static final class AtMost extends Node {
        final int fact;
        final int n;

        AtMost(int fact, int n) {
            this.fact = fact;
            this.n = n;
        }

        @Override
        Value eval(Context c) {
            int v = c.codes[fact];
            return v == Fact.UNKNOWN ? Value.unknown(fact) : Value.of(v <= n);
        }
    }

    /** The question's actor or action is one of a set: known for every scenario. */
    static final class QuestionIs<E extends Enum<E>> extends Node {
        private final java.util.function.Function<Context, E> part;
        private final Set<E> values;

        QuestionIs(java.util.function.Function<Context, E> part, Set<E> values) {
            this.part = part;
            this.values = Set.copyOf(values);
        }

        @Override
        Value eval(Context c) {
            return Value.of(values.contains(part.apply(c)));
        }
    }

    static final class InForce extends Node {
        final int authority;

        InForce(int authority) {
            this.authority = authority;
        }

        @Override
        Value eval(Context c) {
            return Value.of(c.inForce.get(authority));
        }
    }

    static final class Contested extends Node {
        final int question;

        Contested(int question) {
            this.question = question;
        }

        @Override
        Value eval(Context c) {
            byte ruling = c.rulings[question];
            if (ruling != Predicates.OPEN) {
                // a decision that binds there and then, or persuasive ones that agree, answer it: not contested
                return Value.decided(ruling == Predicates.HOLDS_YES, question);
            }
            byte choice = c.contested[question];
            Holds h = choice == Context.ASSUME_YES ? Holds.YES : choice == Context.ASSUME_NO ? Holds.NO : Holds.UNSETTLED;
            return Value.contested(h, question);
        }
    }

    static final class Ruling extends Node {
        final int question;
        private final boolean holds;

        Ruling(int question, boolean holds) {
            this.question = question;
            this.holds = holds;
        }

        @Override
        Value eval(Context c) {
            byte r = c.rulings[question];
            // a ruling that holds the other way also decides the node, and its trail names it (Henlen answers for
            // Pennsylvania that secretly recording officers is no eavesdropping crime); with no ruling, plain NO
            return r == Predicates.OPEN ? Value.NO : Value.decided(r == (holds ? Predicates.HOLDS_YES : Predicates.HOLDS_NO), question);
        }
    }

    static final class Ref extends Node {
        final int predicate;

        Ref(int predicate) {
            this.predicate = predicate;
        }

        @Override
        Value eval(Context c) {
            return c.value(predicate);
        }
    }

    static final class Combination extends Node {
        private final boolean all;
        private final Node[] nodes;

        Combination(boolean all, Node[] nodes) {
            this.all = all;
            this.nodes = nodes.clone();
        }

        @Override
        Value eval(Context c) {
            return Value.combine(all, nodes, c);
        }

        @Override
        void visit(Consumer<Node> v) {
            v.accept(this);
            for (Node n : nodes) {
                n.visit(v);
            }
        }
    }

    static final class Not extends Node {
        private final Node node;

        Not(Node node) {
            this.node = node;
        }

        @Override
        Value eval(Context c) {
            return node.eval(c).negated();
        }

        @Override
        void visit(Consumer<Node> v) {
            v.accept(this);
            node.visit(v);
        }
    }

    static final class Presume extends Node {
        final int presumption;
        private final Node when;
        final Node inner;
        final boolean as;
        private final Node question;

        Presume(int presumption, Node when, Node inner, boolean as, int question) {
            this.presumption = presumption;
            this.when = when;
            this.inner = inner;
            this.as = as;
            this.question = question < 0 ? null : new Contested(question);
        }

        @Override
        Value eval(Context c) {
            Value v = inner.eval(c);
            if (v.holds() != Holds.UNKNOWN) {
                return v;
            }
            Value w = when == null ? Value.YES : when.eval(c);
            return switch (w.holds()) {
                // a rebutted presumption gives the opposite of what it presumes (for a question before the courts,
                // the value the challenge asserts), so the answer without it can be shown
                case YES -> (question == null ? c.rebutted == presumption ? Value.of(!as) : Value.of(as)
                        : c.rebutted == presumption ? Value.of(as) : question.eval(c)).plusPresumption(presumption);
                case NO, UNSETTLED -> v;
                case UNKNOWN -> Value.unknownOf(v, w);
            };
        }

        @Override
        void visit(Consumer<Node> v) {
            v.accept(this);
            if (when != null) {
                when.visit(v);
            }
            inner.visit(v);
            if (question != null) {
                question.visit(v);
            }
        }
    }

    static final class Except extends Node {
        private final Node base;
        private final int[] exceptions;
        private final Node[] when;

        Except(Node base, int[] exceptions, Node[] when) {
            this.base = base;
            this.exceptions = exceptions.clone();
            this.when = when.clone();
        }

        @Override
        Value eval(Context c) {
            // the base and each exception are evaluated once: the value is base AND NOT each exception; a base
            // that fails owes nothing to the exceptions, which are then not asked (nor their presumptions relied on)
            Value b = base.eval(c);
            if (b.holds() == Holds.NO) {
                return b;
            }
            Value[] w = new Value[when.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = when[i].eval(c);
            }
            Value v = Value.allButNone(b, w);
            if (b.holds() != Holds.YES) {
                return v;
            }
            long applied = 0;
            for (int i = 0; i < w.length; i++) {
                if (w[i].holds() == Holds.YES) {
                    applied |= 1L << exceptions[i];
                }
            }
            return applied == 0 ? v : v.plusExceptions(applied);
        }

        @Override
        void visit(Consumer<Node> v) {
            v.accept(this);
            base.visit(v);
            for (Node n : when) {
                n.visit(v);
            }
        }
    }
}
