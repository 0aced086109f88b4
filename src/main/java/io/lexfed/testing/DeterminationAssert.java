package io.lexfed.testing;

import io.lexfed.determination.Citation;
import io.lexfed.determination.Determination;
import io.lexfed.determination.Exposure;
import io.lexfed.determination.MissingFact;
import io.lexfed.determination.Outcome;
import io.lexfed.determination.Reason;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * AssertJ assertions on a {@link Determination}, named in the determination's own terms: the
 * outcome, the authority ids it cites (those of {@code rules/authorities.yaml}), the doctrines and
 * rule ids its reasons come from, the JSON paths of the facts it is missing, and the kinds of
 * exposure it names. A failure message lists what the determination actually holds, and a failure is
 * an opentest4j {@code AssertionFailedError} carrying the expected and the actual value (lists one id
 * a line), which an IDE shows as a diff.
 */
public final class DeterminationAssert extends AbstractObjectAssert<DeterminationAssert, Determination> {

    DeterminationAssert(Determination actual) {
        super(actual, DeterminationAssert.class);
    }

    /**
     * Verifies the outcome.
     *
     * @param expected the outcome the determination must have
     * @return this assertion
     */
    public DeterminationAssert hasOutcome(Outcome expected) {
        isNotNull();
        if (actual.outcome() != expected) {
            failWithActualExpectedAndMessage(actual.outcome(), expected, "expected outcome %s but was %s: %s", expected, actual.outcome(), actual.summary());
        }
        return this;
    }

    /**
     * Verifies the outcome is {@link Outcome#REQUIRED}.
     *
     * @return this assertion
     */
    public DeterminationAssert isRequired() {
        return hasOutcome(Outcome.REQUIRED);
    }

    /**
     * Verifies the outcome is {@link Outcome#PERMITTED}.
     *
     * @return this assertion
     */
    public DeterminationAssert isPermitted() {
        return hasOutcome(Outcome.PERMITTED);
    }

    /**
     * Verifies the outcome is {@link Outcome#PROHIBITED}.
     *
     * @return this assertion
     */
    public DeterminationAssert isProhibited() {
        return hasOutcome(Outcome.PROHIBITED);
    }

    /**
     * Verifies the outcome is {@link Outcome#CONDITIONAL}.
     *
     * @return this assertion
     */
    public DeterminationAssert isConditional() {
        return hasOutcome(Outcome.CONDITIONAL);
    }

    /**
     * Verifies the outcome is {@link Outcome#UNSETTLED}.
     *
     * @return this assertion
     */
    public DeterminationAssert isUnsettled() {
        return hasOutcome(Outcome.UNSETTLED);
    }

    /**
     * Verifies the determination cites every given authority id, e.g. {@code "usc-8-1357g"}.
     *
     * @param authorityIds ids from the authorities registry
     * @return this assertion
     */
    public DeterminationAssert cites(String... authorityIds) {
        return containsAll("citations", ids(Citation::id, determination().citations()), List.of(authorityIds));
    }

    /**
     * Verifies the determination cites none of the given authority ids.
     *
     * @param authorityIds ids from the authorities registry
     * @return this assertion
     */
    public DeterminationAssert doesNotCite(String... authorityIds) {
        return containsNone("citations", ids(Citation::id, determination().citations()), List.of(authorityIds));
    }

    /**
     * Verifies at least one reason that carried the outcome comes from the given doctrine, e.g.
     * {@code "supremacy-immunity"} (the ids of {@code rules/doctrines.yaml}).
     *
     * @param doctrine a doctrine id
     * @return this assertion
     */
    public DeterminationAssert hasReasonFrom(String doctrine) {
        List<String> doctrines = ids(Reason::doctrine, determination().reasons());
        if (!doctrines.contains(doctrine)) {
            failWithActualExpectedAndMessage(sorted(doctrines), sortedWith(doctrines, doctrine), "expected a reason from doctrine <%s> but the reasons come from %s",
                    doctrine, doctrines);
        }
        return this;
    }

    /**
     * Verifies every given rule fired, e.g. {@code "detainers/01-a-detainer-is-a-request"}.
     *
     * @param ruleIds rule ids, {@code doctrine/name}
     * @return this assertion
     */
    public DeterminationAssert fired(String... ruleIds) {
        return fired(List.of(ruleIds));
    }

    /**
     * Verifies every given rule fired.
     *
     * @param ruleIds rule ids, {@code doctrine/name}
     * @return this assertion
     */
    public DeterminationAssert fired(Collection<String> ruleIds) {
        return containsAll("rules fired", determination().rulesFired(), ruleIds);
    }

    /**
     * Verifies none of the given rules fired.
     *
     * @param ruleIds rule ids, {@code doctrine/name}
     * @return this assertion
     */
    public DeterminationAssert didNotFire(String... ruleIds) {
        return didNotFire(List.of(ruleIds));
    }

    /**
     * Verifies none of the given rules fired.
     *
     * @param ruleIds rule ids, {@code doctrine/name}
     * @return this assertion
     */
    public DeterminationAssert didNotFire(Collection<String> ruleIds) {
        return containsNone("rules fired", determination().rulesFired(), ruleIds);
    }

    /**
     * Verifies each given rule is among the reasons that carried the outcome (on the facts as given,
     * or on a condition they leave open).
     *
     * @param ruleIds rule ids, {@code doctrine/name}
     * @return this assertion
     */
    public DeterminationAssert hasReasonsFromRules(Collection<String> ruleIds) {
        return containsAll("reasons", ids(Reason::rule, determination().reasons()), ruleIds);
    }

    /**
     * Verifies a legal predicate has the given value, e.g. {@code hasFinding("agent-within-federal-authority", "NO")}.
     *
     * @param predicate a predicate id of {@code rules/predicates/}
     * @param value YES, NO, UNKNOWN or UNSETTLED
     * @return this assertion
     */
    public DeterminationAssert hasFinding(String predicate, String value) {
        return hasFindings(java.util.Map.of(predicate, value));
    }

    /**
     * Verifies each predicate has its value.
     *
     * @param expected predicate ids and values
     * @return this assertion
     */
    public DeterminationAssert hasFindings(java.util.Map<String, String> expected) {
        java.util.Map<String, String> found = new java.util.TreeMap<>();
        determination().findings().forEach(f -> found.put(f.predicate(), f.value()));
        expected.forEach((p, v) -> {
            if (!v.equals(found.get(p))) {
                failWithActualExpectedAndMessage(p + " = " + found.getOrDefault(p, "absent"), p + " = " + v,
                        "expected finding %s = %s but it was %s; the findings are %s", p, v, found.getOrDefault(p, "absent"), found);
            }
        });
        return this;
    }

    /**
     * Verifies that for each given text some caution contains it.
     *
     * @param texts the texts, e.g. {@code "not in the knowledge base"}
     * @return this assertion
     */
    public DeterminationAssert hasCautionsContaining(Collection<String> texts) {
        for (String t : texts) {
            if (determination().cautions().stream().noneMatch(c -> c.contains(t))) {
                failWithActualExpectedAndMessage(String.join("\n", determination().cautions()), "a caution containing: " + t,
                        "expected a caution containing %s but the cautions were %s", t, determination().cautions());
            }
        }
        return this;
    }

    /**
     * Verifies the presumptions relied on are exactly the given ones (ids of {@code rules/predicates/}), in any order.
     *
     * @param ids presumption ids; none for a determination that presumes nothing
     * @return this assertion
     */
    public DeterminationAssert presumesExactly(Collection<String> ids) {
        List<String> presumed = ids(io.lexfed.determination.Presumption::id, determination().presumptions());
        if (presumed.size() != ids.size() || !presumed.containsAll(ids)) {
            failWithActualExpectedAndMessage(sorted(presumed), sorted(ids), "expected exactly the presumptions %s but were %s", ids, presumed);
        }
        return this;
    }

    /**
     * Verifies the determination relies on the presumption {@code id} and reports {@code outcome} as
     * the outcome if it is rebutted.
     *
     * @param id the presumption's id, e.g. {@code a-detainer-is-not-a-judges-warrant}
     * @param outcome the outcome the determination must report for the presumption rebutted
     * @return this, for chaining
     */
    public DeterminationAssert presumesWithOutcomeIfRebutted(String id, Outcome outcome) {
        io.lexfed.determination.Presumption p = determination().presumptions().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        if (p == null) {
            List<String> presumed = ids(io.lexfed.determination.Presumption::id, determination().presumptions());
            failWithActualExpectedAndMessage(sorted(presumed), sortedWith(presumed, id), "expected the presumption %s but the determination relies on %s",
                    id, presumed);
        } else if (p.ifRebutted() != outcome) {
            failWithActualExpectedAndMessage(p.ifRebutted(), outcome, "expected the outcome %s if %s is rebutted but was %s", outcome, id, p.ifRebutted());
        }
        return this;
    }

    /**
     * Verifies the determination names each given fact as missing, by its JSON path in the
     * scenario, e.g. {@code "federalAction.warrant"}.
     *
     * @param factPaths JSON paths of scenario facts
     * @return this assertion
     */
    public DeterminationAssert isMissing(String... factPaths) {
        return containsAll("missing facts", ids(MissingFact::fact, determination().missingFacts()), List.of(factPaths));
    }

    /**
     * Verifies the missing facts are exactly the given ones, in any order.
     *
     * @param factPaths JSON paths of scenario facts
     * @return this assertion
     */
    public DeterminationAssert isMissingExactly(Collection<String> factPaths) {
        List<String> missing = ids(MissingFact::fact, determination().missingFacts());
        if (missing.size() != factPaths.size() || !missing.containsAll(factPaths) || !factPaths.containsAll(missing)) {
            failWithActualExpectedAndMessage(sorted(missing), sorted(factPaths), "expected exactly the missing facts %s but were %s", factPaths, missing);
        }
        return this;
    }

    /**
     * Verifies the determination names each given kind of exposure, e.g. {@code "CRIMINAL"}.
     *
     * @param kinds names of {@link io.lexfed.determination.ExposureKind} constants
     * @return this assertion
     */
    public DeterminationAssert hasExposure(String... kinds) {
        return hasExposure(List.of(kinds));
    }

    /**
     * Verifies the determination names each given kind of exposure.
     *
     * @param kinds names of {@link io.lexfed.determination.ExposureKind} constants
     * @return this assertion
     */
    public DeterminationAssert hasExposure(Collection<String> kinds) {
        return containsAll("exposure kinds", ids(e -> e.kind().name(), determination().exposure()), kinds);
    }

    /**
     * Verifies what every determination must hold: at least one reason, the not-legal-advice notice
     * in its summary, missing facts when it is CONDITIONAL, and behind every exposure a rule that fired
     * or the condition it waits on.
     *
     * @return this assertion
     */
    public DeterminationAssert isWellFormed() {
        if (determination().reasons().isEmpty()) {
            failWithActualExpectedAndMessage("no reason", "at least one reason", "expected at least one reason, found none: %s", actual.summary());
        }
        if (!actual.summary().contains("not legal advice")) {
            failWithActualExpectedAndMessage(actual.summary(), "a summary with the notice: not legal advice",
                    "expected the summary to carry the not-legal-advice notice: %s", actual.summary());
        }
        if (actual.outcome() == Outcome.CONDITIONAL && actual.missingFacts().isEmpty()) {
            failWithActualExpectedAndMessage(List.of(), "the missing facts that would decide it", "a CONDITIONAL outcome must name the missing facts that would decide it");
        }
        return containsAll("rules fired (behind every exposure that holds as given)", actual.rulesFired(),
                actual.exposure().stream().filter(e -> e.conditions().isEmpty()).map(Exposure::rule).toList());
    }

    private Determination determination() {
        isNotNull();
        return actual;
    }

    private DeterminationAssert containsAll(String what, List<String> actualIds, Collection<String> expected) {
        List<String> absent = new ArrayList<>(expected);
        absent.removeAll(actualIds);
        if (!absent.isEmpty()) {
            // as expected, the actual ids with the absent ones added: an IDE's diff then shows just what is missing
            List<String> wanted = new ArrayList<>(actualIds);
            wanted.addAll(absent);
            failWithActualExpectedAndMessage(sorted(actualIds), sorted(wanted), "expected %s to include %s but %s absent; they are %s", what, expected,
                    absent, actualIds);
        }
        return this;
    }

    private DeterminationAssert containsNone(String what, List<String> actualIds, Collection<String> unexpected) {
        List<String> present = new ArrayList<>(unexpected);
        present.retainAll(actualIds);
        if (!present.isEmpty()) {
            List<String> wanted = new ArrayList<>(actualIds);
            wanted.removeAll(present);
            failWithActualExpectedAndMessage(sorted(actualIds), sorted(wanted), "expected %s to include none of %s but found %s", what, unexpected,
                    present);
        }
        return this;
    }

    // one id per line, in order: an expected/actual pair an IDE diffs line by line
    private static String sorted(Collection<String> ids) {
        return String.join("\n", new java.util.TreeSet<>(ids));
    }

    private static String sortedWith(Collection<String> ids, String added) {
        List<String> all = new ArrayList<>(ids);
        all.add(added);
        return sorted(all);
    }

    private static <T> List<String> ids(Function<T, String> id, List<T> items) {
        return items.stream().map(id).toList();
    }
}
