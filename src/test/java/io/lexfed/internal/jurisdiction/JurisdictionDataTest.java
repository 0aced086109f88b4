package io.lexfed.internal.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.determination.Premise;
import io.lexfed.internal.authority.Authority;
import io.lexfed.internal.authority.Registry;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Jurisdiction;
import io.lexfed.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The real knowledge base: every jurisdiction has its file, every provision's boundaries are
 * crossed (the day before and the day it takes effect, the last day and the day it ends), no
 * date yields contradictory law, and {@code docs/jurisdictions.md} matches the data.
 */
class JurisdictionDataTest {
    // the YAML itself, the source of truth; SnapshotTest holds the shipped snapshot equal to it
    static final Registry REGISTRY = Registry.fromYaml(Registry.YAML);
    static final KnowledgeBase KB = KnowledgeBase.load(REGISTRY, KnowledgeBase.YAML);
    static final Path DOC = Path.of("docs/jurisdictions.md");

    @Test
    void everyStateAndTheDistrictHasAFileAndTheNamedLocalitiesTheirs() {
        assertThat(KB.files().keySet()).containsExactlyInAnyOrderElementsOf(KnowledgeBase.JURISDICTIONS);
        List<String> localities = KB.files().values().stream().flatMap(f -> f.localities().stream().map(l -> f.state() + "/" + l.name())).toList();
        assertThat(localities).contains("CA/Los Angeles", "IL/Chicago", "IL/Cook County", "NY/New York City", "PA/Philadelphia",
                "CO/Denver", "MA/Boston", "WA/King County", "MN/Minneapolis", "MN/Hennepin County");
    }

    record Crossing(String where, String locality, Provision p, LocalDate inside, LocalDate outside) {
    }

    static List<Crossing> crossings() {
        List<Crossing> out = new ArrayList<>();
        for (JurisdictionFile f : KB.files().values()) {
            for (Provision p : f.provisions()) {
                add(out, f.state(), null, p);
            }
            for (JurisdictionFile.Locality l : f.localities()) {
                for (Provision p : l.provisions()) {
                    add(out, f.state(), l.name(), p);
                }
            }
        }
        return out;
    }

    static void add(List<Crossing> out, String state, String locality, Provision p) {
        if (p.kind().field() == null) {
            return;
        }
        // a provision enjoined from its first day comes into force when the injunction is lifted; one never
        // lifted (Indiana's S.E.A. 590 arrest power, 2011) never applies, which anInjunction... checks
        LocalDate first = p.inForceOn(p.inForceFrom()) ? p.inForceFrom()
                : p.history().stream().filter(e -> e.effect() == Provision.Effect.RESTORED).map(Provision.Event::date).findFirst().orElse(null);
        if (first == null) {
            return;
        }
        out.add(new Crossing(state, locality, p, first, p.inForceFrom().minusDays(1)));
        if (p.inForceUntil() != null) {
            out.add(new Crossing(state, locality, p, p.inForceUntil().minusDays(1), p.inForceUntil()));
        }
    }

    /**
     * Freshness: every pending matter names the day it is to be looked at again, and that day has not
     * passed. Pending: a state immigration crime not yet operative, challenged or enjoined; a provision
     * whose last event is an injunction; a law on federal agents with a challenge open; a file exhaustive
     * only until a day. This test fails, on purpose, once a review-by day passes without an update.
     */
    @Test
    void everyPendingMatterHasAReviewByDayNotYetPassed() {
        LocalDate today = LocalDate.now();
        List<String> stale = new ArrayList<>();
        for (JurisdictionFile f : KB.files().values()) {
            if (f.exhaustiveUntil() != null) {
                check(stale, f.state() + " (exhaustive until " + f.exhaustiveUntil() + ")", f.reviewBy(), today);
            }
            Stream.concat(f.provisions().stream(), f.localities().stream().flatMap(l -> l.provisions().stream())).forEach(p -> {
                boolean pendingCrime = p.kind().value() == ProvisionKind.Value.STATUS && p.inForceUntil() == null
                        && p.status() != io.lexfed.scenario.StateCrimeStatus.IN_FORCE;
                boolean stillEnjoined = !p.history().isEmpty() && p.history().get(p.history().size() - 1).effect() != Provision.Effect.RESTORED;
                if (pendingCrime || stillEnjoined) {
                    check(stale, f.state() + " " + p.id(), p.reviewBy(), today);
                }
            });
            f.agentLaws().stream().filter(a -> a.challenges().stream().anyMatch(c -> c.until() == null))
                    .forEach(a -> check(stale, f.state() + " " + a.id(), a.reviewBy(), today));
        }
        assertThat(stale).as("pending matters without a review-by day, or past it: research them, update the data and the day").isEmpty();
    }

    private static void check(List<String> stale, String what, LocalDate reviewBy, LocalDate today) {
        if (reviewBy == null) {
            stale.add(what + ": no reviewBy");
        } else if (reviewBy.isBefore(today)) {
            stale.add(what + ": reviewBy " + reviewBy + " has passed");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyProvisionAppliesExactlyWithinItsDates() {
        return crossings().stream().map(c -> DynamicTest.dynamicTest(c.where() + (c.locality() == null ? "" : "/" + c.locality()) + " "
                + c.p().id() + " in force " + c.inside() + ", not " + c.outside(), () -> {
                    Actor actor = c.p().binds().get(0);
                    String fact = (c.locality() == null ? "stateLaw." : "localPolicy.") + c.p().kind().field();
                    // a question within the provision's scope: its first act, kind of information and federal crime, if it names any
                    Provision.Scope scope = c.p().scope();
                    Scenario s = Scenario.builder(actor, scope.acts().isEmpty() ? Action.DECLINE_TO_ASSIST : scope.acts().get(0))
                            .jurisdiction(new Jurisdiction(c.where(), c.locality()))
                            .information(io.lexfed.scenario.Information.builder().kind(scope.information().isEmpty() ? null : scope.information().get(0))
                                    .build())
                            .federalAction(io.lexfed.scenario.FederalAction.builder().place(scope.places().isEmpty() ? null : scope.places().get(0)).build())
                            .stop(io.lexfed.scenario.Stop.builder().immigrationCrime(scope.crimes().isEmpty() ? null : scope.crimes().get(0)).build())
                            .build();
                    Premise in = premise(KB.complete(s, c.inside()), fact);
                    Premise out = premise(KB.complete(s, c.outside()), fact);
                    assertThat(in).as(fact + " on " + c.inside()).isNotNull();
                    assertThat(in.source()).isEqualTo(Premise.Source.KNOWLEDGE_BASE);
                    // a crime's status on the day, as its history leaves it (enjoined part-way through its span)
                    String expected = c.p().kind().value() != ProvisionKind.Value.STATUS ? c.p().kind().value().name()
                            : c.p().enjoinedOn(c.inside()) != null ? "ENJOINED" : c.p().status().name();
                    if (in.provision() == null || in.provision().equals(c.p().id())) {
                        assertThat(in.value()).isEqualTo(expected);
                        assertThat(in.provision()).isEqualTo(c.p().id());
                    }
                    assertThat(out == null ? null : out.provision()).as(fact + " on " + c.outside()).isNotEqualTo(c.p().id());
                }));
    }

    @TestFactory
    Stream<DynamicTest> anInjunctionTakesAProvisionOutOfForceUntilItIsLifted() {
        List<DynamicTest> tests = new java.util.ArrayList<>();
        for (JurisdictionFile f : KB.files().values()) {
            for (Provision p : f.provisions()) {
                for (Provision.Event e : p.history()) {
                    // an enjoined grant of arrest power leaves the power to the state's courts (no premise NO): see below
                    // an order before the file's coverage starts is history the file does not answer for
                    if (p.kind().field() == null || !p.enactedOn(e.date()) || e.date().isBefore(f.coverageFrom())
                            || !p.kind().silence() && e.effect() != Provision.Effect.RESTORED) {
                        continue;
                    }
                    tests.add(DynamicTest.dynamicTest(f.state() + " " + p.id() + " " + e.effect() + " " + e.date(), () -> {
                        // asked of an act the provision governs (a detainer-hold grant reaches only holds)
                        Action act = p.scope().acts().isEmpty() ? Action.DECLINE_TO_ASSIST : p.scope().acts().get(0);
                        Scenario s = Scenario.builder(p.binds().get(0), act).jurisdiction(new Jurisdiction(f.state(), null))
                                .build();
                        Premise on = premise(KB.complete(s, e.date()), "stateLaw." + p.kind().field());
                        assertThat(on).isNotNull();
                        assertThat(on.provision()).isEqualTo(p.id());
                        // enjoined (or the injunction upheld on appeal): not law that day, and the premise names the latest order;
                        // restored: law again, on its own authority
                        // (a state crime's value is its status: ENJOINED while the order stands)
                        boolean status = p.kind().value() == ProvisionKind.Value.STATUS;
                        boolean enjoined = e.effect() != Provision.Effect.RESTORED;
                        assertThat(on.value()).isEqualTo(enjoined ? status ? "ENJOINED" : "NO" : status ? p.status().name() : "YES");
                        assertThat(on.authority()).isEqualTo(enjoined ? e.by() : p.authority());
                    }));
                }
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    @Test
    void noJurisdictionEverYieldsContradictoryLaw() {
        int checked = 0;
        for (JurisdictionFile f : KB.files().values()) {
            TreeSet<LocalDate> days = new TreeSet<>(List.of(f.coverageFrom(), f.researchedAsOf()));
            f.provisions().forEach(p -> {
                days.add(p.inForceFrom());
                if (p.inForceUntil() != null) {
                    days.add(p.inForceUntil());
                }
            });
            for (Actor a : Actor.values()) {
                for (LocalDate d : days) {
                    Scenario s = Scenario.builder(a, Action.HONOR_DETAINER).jurisdiction(new Jurisdiction(f.state(), null)).build();
                    KB.complete(s, d);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(51 * 7);
    }

    static Premise premise(KnowledgeBase.Completion c, String fact) {
        return c.premises().stream().filter(p -> p.fact().equals(fact)).findFirst().orElse(null);
    }

    static String render() {
        StringBuilder b = new StringBuilder("# Jurisdictions: the law of every state, as of the date of the events\n\n")
                .append("<!-- Generated by JurisdictionDataTest from rules/jurisdictions/*.yaml and rules/authorities.yaml. Do not edit by hand. -->\n\n")
                .append("Each state's file lists its provisions with the dates they are in force; the engine applies those in force on ")
                .append("the scenario's date, and facts the scenario gives win. **Exhaustive** files list every provision from ")
                .append("their coverage date, so a kind with none in force means \"no such statewide law\"; other files leave it unknown. ")
                .append("Provisions marked ✗ are not yet verified, and determinations resting on them say so. Not legal advice.\n\n")
                .append("| state | posture | exhaustive from | provisions | localities |\n|---|---|---|---|---|\n");
        for (JurisdictionFile f : KB.files().values()) {
            b.append("| [").append(f.state()).append("](#").append(f.state().toLowerCase()).append(") ").append(f.name()).append(" | ")
                    .append(f.posture()).append(" | ").append(f.exhaustive() ? f.coverageFrom().toString() : f.exhaustiveUntil() != null ? f.coverageFrom() + " until " + f.exhaustiveUntil() : "no").append(" | ")
                    .append(f.provisions().size()).append(" | ").append(f.localities().stream().map(JurisdictionFile.Locality::name)
                            .reduce((x, y) -> x + ", " + y).orElse("")).append(" |\n");
        }
        b.append("\n## Kinds of provision\n\nWhat each kind does, from `rules/jurisdictions/kinds.yaml` (a new kind is a change there plus the rules that ")
                .append("read its fact). **Sets** is the fact it settles under `stateLaw` (and `localPolicy` where a locality may have it); ")
                .append("**silence settles** says whether an exhaustive file with none in force answers \"no such law\"; **exceptions** are those its ")
                .append("provisions can carry, read for the acts it reaches.\n\n")
                .append("| kind | means | sets | local | silence settles | reaches | exceptions |\n|---|---|---|---|---|---|---|\n");
        for (ProvisionKind k : KB.kinds().all()) {
            b.append("| ").append(k.name()).append(" | ").append(k.means()).append(" | ")
                    .append(k.field() == null ? "context only" : "`" + k.field() + "` = " + k.value()).append(" | ").append(k.isLocal() ? "yes" : "")
                    .append(" | ").append(k.field() == null ? "" : k.silence() ? "yes" : "no").append(" | ")
                    .append(String.join(", ", k.reaches().stream().map(Enum::name).toList())).append(k.at() == null ? "" : " at " + k.at())
                    .append(" | ").append(String.join(", ", k.exceptions().stream().map(Enum::name).toList())).append(" |\n");
        }
        for (JurisdictionFile f : KB.files().values()) {
            b.append("\n## ").append(f.state()).append("\n\n**").append(f.name()).append("** — ").append(f.posture())
                    .append(" (researched as of ").append(f.researchedAsOf()).append(")")
                    .append(f.exhaustive() ? "; exhaustive from " + f.coverageFrom()
                    : f.exhaustiveUntil() != null ? "; exhaustive from " + f.coverageFrom() + " until " + f.exhaustiveUntil() : "; not exhaustive")
                    .append(settled(f.exhaustiveFor(), f.exhaustiveForUntil())).append("\n\n");
            table(b, f.provisions(), "No statewide provision of these kinds.");
            for (JurisdictionFile.Locality l : f.localities()) {
                b.append("\n**").append(l.name()).append("**").append(l.exhaustive() ? " (exhaustive from " + l.coverageFrom() + ")"
                                : l.exhaustiveFor().isEmpty() ? "" : " (" + settled(l.exhaustiveFor(), l.exhaustiveForUntil()).substring(2) + ")")
                        .append("\n\n");
                table(b, l.provisions(), "No local provision of these kinds.");
            }
        }
        return b.toString();
    }

    // kinds settled on their own, in the kinds' order: "; settles BANS_287G from 2012-06-25, LIMITS_DETAINERS from 2010-03-05 until 2010-03-06"
    static String settled(Map<ProvisionKind, LocalDate> byKind, Map<ProvisionKind, LocalDate> until) {
        return byKind.isEmpty() ? "" : "; settles " + KB.kinds().all().stream().filter(byKind::containsKey)
                .map(k -> k.name() + " from " + byKind.get(k) + (until.containsKey(k) ? " until " + until.get(k) : "")).collect(Collectors.joining(", "));
    }

    static void table(StringBuilder b, List<Provision> ps, String none) {
        if (ps.isEmpty()) {
            b.append(none).append("\n");
            return;
        }
        b.append("| provision | kind | in force | binds | authority | ✓ |\n|---|---|---|---|---|---|\n");
        for (Provision p : ps) {
            Authority a = REGISTRY.authority(p.authority()).orElseThrow();
            b.append("| `").append(p.id()).append("` | ").append(p.kind()).append(p.status() == null ? "" : " (" + p.status() + ")")
                    .append(p.supersedes().isEmpty() ? "" : ", supersedes " + String.join(", ", p.supersedes()))
                    .append(" | ").append(p.inForceFrom()).append(" – ").append(p.inForceUntil() == null ? "" : p.inForceUntil().toString())
                    .append(" | ").append(p.binds().size() == Actor.values().length - 1 ? "all officials" : p.binds().toString().replace("[", "").replace("]", ""))
                    .append(" | ").append(a.citation().replace("|", "\\|")).append(" | ").append(p.verified() ? "✓" : "✗").append(" |\n");
        }
    }

    @Test
    void theJurisdictionsPageMatchesTheData() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("lexfed.regenerate")) {
            Files.writeString(DOC, expected);
        }
        assertThat(Files.readString(DOC)).as("docs/jurisdictions.md is stale: regenerate with -Dlexfed.regenerate=true").isEqualTo(expected);
    }
}
