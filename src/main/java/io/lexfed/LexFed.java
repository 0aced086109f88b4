package io.lexfed;

import io.lexfed.determination.Determination;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.explain.Assembler;
import io.lexfed.internal.jurisdiction.KnowledgeBase;
import io.lexfed.internal.kie.BuildInfo;
import io.lexfed.internal.kie.RuleBase;
import io.lexfed.internal.kie.Session;
import io.lexfed.internal.mapping.ScenarioMapper;
import io.lexfed.scenario.Scenario;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The engine: {@code LexFed.engine().evaluate(scenario)} returns a cited, explained
 * {@link Determination}. The compiled rules and the registries are loaded once per process, on
 * first use; each evaluation runs in its own rule session, which is disposed before it returns.
 * Instances are immutable and thread-safe, and may be shared freely. A scenario without a date is
 * judged by the law of the engine clock's current day. State law and local policy the scenario
 * leaves unknown are filled from the jurisdiction knowledge base for its state, locality and date;
 * facts the scenario gives always win. Not legal advice.
 */
public final class LexFed {
    private final Loaded loaded;
    private final Clock clock;

    private LexFed(Loaded loaded, Clock clock) {
        this.loaded = loaded;
        this.clock = clock;
    }

    /** The shared engine, using the system clock for scenarios without a date. */
    public static LexFed engine() {
        return Holder.ENGINE;
    }

    /** An engine sharing the loaded rules but reading "today" from {@code clock}. */
    public static LexFed engine(Clock clock) {
        return new LexFed(Holder.ENGINE.loaded, Objects.requireNonNull(clock, "clock"));
    }

    /** Evaluates one scenario. Never returns null; throws only on a null scenario. */
    public Determination evaluate(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        LocalDate asOf = scenario.date() != null ? scenario.date() : LocalDate.now(clock);
        KnowledgeBase.Completion completed = loaded.knowledge.complete(scenario, asOf);
        Session.Run run = Session.run(loaded.rules, ScenarioMapper.facts(completed.scenario(), asOf, loaded.registry));
        return loaded.assembler.assemble(scenario, asOf, run, completed.premises(), completed.cautions());
    }

    /** The library's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return Holder.ENGINE.loaded.build.version();
    }

    /** The SHA-256 fingerprint of the rule set (DRL and registries) this library was built from. */
    public static String rulesFingerprint() {
        return Holder.ENGINE.loaded.build.rulesFingerprint();
    }

    private static final class Loaded {
        final Registry registry = Registry.load();
        final RuleBase rules = RuleBase.load(registry);
        final KnowledgeBase knowledge = KnowledgeBase.load(registry);
        final BuildInfo build = BuildInfo.load();
        final Assembler assembler = new Assembler(registry, rules.rules(), build);
    }

    private static final class Holder {
        static final LexFed ENGINE = new LexFed(new Loaded(), Clock.systemDefaultZone());
    }
}
