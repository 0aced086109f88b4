package io.lexfed;

import io.lexfed.determination.Determination;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Agreement287g;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Detainer;
import io.lexfed.scenario.Jurisdiction;
import io.lexfed.scenario.LocalPolicy;
import io.lexfed.scenario.Scenario;
import io.lexfed.scenario.StateLaw;
import io.lexfed.scenario.Truth;
import io.lexfed.scenario.Warrant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The README's Java example (kept compiling and truthful by ReadmeExampleTest). */
public final class ReadmeExample {
    private ReadmeExample() {
    }

    /** The README's engine of one's own, verbatim between its first and last line. */
    static LexFed ownEngine() {
        LexFed engine = LexFed.builder()
                .clock(Clock.system(ZoneId.of("America/Chicago")))   // "today" for scenarios without a date
                .sessionCache(0)                                       // results kept for reuse; 0 for none
                .build();
        return engine;
    }

    /** The example's scenario, for tests that reuse it. */
    public static Scenario scenario() {
        return Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER)
                .date(LocalDate.of(2017, 8, 1))
                .jurisdiction(Jurisdiction.of("MA"))
                .detainer(Detainer.builder().warrant(Warrant.ADMINISTRATIVE).probableCauseShown(Truth.YES).hoursPastRelease(24).build())
                .stateLaw(StateLaw.builder().noStatewideLaw(Truth.YES).build())
                .localPolicy(LocalPolicy.none())
                .agreement287g(Agreement287g.none())
                .build();
    }

    public static void main(String[] args) {
        Scenario scenario = Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER)
                .date(LocalDate.of(2017, 8, 1))
                .jurisdiction(Jurisdiction.of("MA"))
                .detainer(Detainer.builder().warrant(Warrant.ADMINISTRATIVE).probableCauseShown(Truth.YES).hoursPastRelease(24).build())
                .stateLaw(StateLaw.builder().noStatewideLaw(Truth.YES).build())
                .localPolicy(LocalPolicy.none())
                .agreement287g(Agreement287g.none())
                .build();

        Determination d = LexFed.engine().evaluate(scenario);

        System.out.println(d.question());
        System.out.println(d.outcome());
        d.reasons().forEach(r -> System.out.println("  because " + r.rule() + " " + r.authorities()));
        d.overridden().forEach(o -> System.out.println("  overriding " + o.conclusion().rule() + " (" + o.principle() + ")"));
        d.exposure().forEach(e -> System.out.println("  exposure " + e.kind() + ": " + e.statement()));
    }
}
