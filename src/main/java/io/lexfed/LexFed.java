package io.lexfed;

import io.lexfed.analysis.DecidingFact;
import io.lexfed.analysis.FactChange;
import io.lexfed.analysis.MinimalFlips;
import io.lexfed.analysis.WhatIf;
import io.lexfed.determination.Determination;
import io.lexfed.internal.analysis.Analyst;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.explain.Assembler;
import io.lexfed.internal.jurisdiction.KnowledgeBase;
import io.lexfed.internal.kie.BuildInfo;
import io.lexfed.internal.kie.Futures;
import io.lexfed.internal.kie.Relevance;
import io.lexfed.internal.kie.RuleBase;
import io.lexfed.internal.kie.RunCache;
import io.lexfed.internal.kie.Session;
import io.lexfed.internal.kie.Sessions;
import io.lexfed.internal.mapping.ScenarioMapper;
import io.lexfed.internal.facts.Conclusion;
import io.lexfed.internal.predicates.Context;
import io.lexfed.internal.resolution.Worlds;
import io.lexfed.scenario.Scenario;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The engine: {@code LexFed.engine().evaluate(scenario)} returns a cited, explained
 * {@link Determination}. The compiled rules and the registries are loaded once per process, on
 * first use; each evaluation runs its facts through a rule session of its own, or reuses the result
 * of an earlier session on equal facts. {@link #builder()} makes an engine with a clock and a session
 * cache of its own; {@link #engine()} is the shared default (the system property
 * {@value #SESSION_CACHE_PROPERTY} sets how many results it remembers, 0 for none).
 * Instances are immutable and thread-safe, and may be shared freely. A scenario without a date is
 * judged by the law of the engine clock's current day. State law and local policy the scenario
 * leaves unknown are filled from the jurisdiction knowledge base for its state, locality and date;
 * facts the scenario gives always win. Not legal advice.
 */
public final class LexFed {
    private final Loaded loaded;
    private final Clock clock;
    private final RunCache runs;

    private LexFed(Loaded loaded, Clock clock, RunCache runs) {
        this.loaded = loaded;
        this.clock = clock;
        this.runs = runs;
    }

    /**
     * The system property that sets how many rule session results the shared {@link #engine()}
     * remembers ({@value RunCache#DEFAULT_CAPACITY} when not set, 0 for none); it is read once, when
     * the engine is first used. {@link Builder#sessionCache(int)} sets it for an engine of one's own.
     */
    public static final String SESSION_CACHE_PROPERTY = RunCache.CAPACITY_PROPERTY;

    /**
     * The shared engine, using the system clock for scenarios without a date.
     *
     * @return the engine, the same instance on every call
     */
    public static LexFed engine() {
        return Holder.ENGINE;
    }

    /**
     * An engine sharing the loaded rules and the shared engine's session cache, but reading "today"
     * from {@code clock}; {@code builder().clock(clock).build()} is the same with a cache of its own.
     *
     * @param clock the clock that says which day's law applies to a scenario without a date
     * @return the engine
     */
    public static LexFed engine(Clock clock) {
        return new LexFed(Holder.ENGINE.loaded, Objects.requireNonNull(clock, "clock"), Holder.ENGINE.runs);
    }

    /** This engine with a session cache of its own holding {@code capacity} results, 0 for none (for checking the cache). */
    LexFed withSessionCache(int capacity) {
        return new LexFed(loaded, clock, new RunCache(capacity));
    }

    /**
     * A builder for an engine of one's own: its clock and its session cache. Every engine shares the
     * rules and registries, loaded once per process.
     *
     * @return a builder with the system clock and the shared engine's session cache size (what the system property
     *     {@value #SESSION_CACHE_PROPERTY} says, else {@value RunCache#DEFAULT_CAPACITY} results)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates one scenario. Never returns null; throws only on a null scenario. The pipeline reads
     * top to bottom: complete the scenario from the knowledge base; map it to the predicates the rules
     * read; run the rules; resolve what the facts and the law leave open; assemble the determination.
     *
     * @param scenario the question and its facts
     * @return the determination
     */
    public Determination evaluate(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        LocalDate asOf = scenario.date() != null ? scenario.date() : LocalDate.now(clock);
        // complete: state and local law the scenario leaves unknown, from the knowledge base (this and
        // the context need no rule network: a process's first evaluation does them while it is built)
        KnowledgeBase.Completion completed = loaded.knowledge.complete(scenario, asOf);
        // map: the facts decide the predicates; those the rules for this question read become literals
        Context context = loaded.mapper.context(completed.scenario(), asOf, completed.locality());
        int[] relevant = loaded.relevance().of(scenario.actor(), scenario.action());
        ScenarioMapper.FactSet facts = loaded.mapper.factSet(context, scenario.actor(), scenario.action(), relevant);
        // run: the doctrine rules conclude from the literals
        Session.Run run = runs.get(runs.key(facts), () -> Session.run(loaded.sessions(), facts.facts()));
        // resolve: the worlds the unknown facts and open questions leave, each by the conflict algebra
        List<Conclusion> conclusions = run.conclusions();
        Worlds.Result worlds = Worlds.explore(conclusions, context);
        // assemble: the determination
        return loaded.rules().assembler.assemble(scenario, asOf, run, conclusions, worlds, context, relevant, completed);
    }

    /**
     * The determination before and after the given fact changes, with the difference between them.
     *
     * @param scenario the scenario as given
     * @param changes the changes to its facts
     * @return both determinations and what changed
     * @throws io.lexfed.scenario.InvalidScenarioException if a change names no fact, gives a value the fact cannot take,
     *     or makes the scenario contradict itself
     */
    public WhatIf whatIf(Scenario scenario, FactChange... changes) {
        return analyst().whatIf(Objects.requireNonNull(scenario, "scenario"), List.of(changes));
    }

    /**
     * Every unknown fact that can change the outcome, each with the outcome under each of its
     * values, as the determination's resolution found them; facts that cannot change it are left
     * out, and assertions of legal conclusions are never asked for. Ranked by how far knowing each
     * narrows the outcome, so the first is the next question to ask.
     *
     * @param scenario the scenario
     * @return the deciding facts, best first
     */
    public List<DecidingFact> decidingFacts(Scenario scenario) {
        return analyst().decidingFacts(Objects.requireNonNull(scenario, "scenario"));
    }

    /**
     * The next questions to ask while the outcome is CONDITIONAL, best first; empty once it is settled.
     *
     * @param scenario the scenario
     * @return the deciding facts, best first, or none
     */
    public List<DecidingFact> nextQuestions(Scenario scenario) {
        return evaluate(scenario).outcome() == io.lexfed.determination.Outcome.CONDITIONAL ? decidingFacts(scenario) : List.of();
    }

    /**
     * The smallest sets of one or two fact changes that change the outcome, examining at most
     * {@code maxVariants} variants of the scenario in a fixed order: the same scenario and bound give
     * the same flips on any machine under any load ({@link MinimalFlips#complete()} says whether the
     * bound was reached first).
     *
     * @param scenario the scenario to vary
     * @param maxVariants how many variants may be evaluated, at least 0; 20,000 covers the full search of every documented example
     * @return the flips found, the outcome they flip from, whether the search was complete and how many variants it evaluated
     * @throws IllegalArgumentException if {@code maxVariants} is negative
     */
    public MinimalFlips minimalFlips(Scenario scenario, int maxVariants) {
        return analyst().minimalFlips(Objects.requireNonNull(scenario, "scenario"), maxVariants);
    }

    private Analyst analyst() {
        return new Analyst(this::evaluate);
    }

    /**
     * Every authority of the registry, highest rank first (the Constitution, federal statutes,
     * regulations, guidance, state and local law, agreements, then court decisions by court), then
     * by id. Reads the registry without loading the engine or its rule network.
     *
     * @return the authorities
     */
    public static List<io.lexfed.registry.Authority> authorities() {
        return Published.AUTHORITIES;
    }

    /**
     * Every doctrine of the registry, in the registry's order ({@code rules/doctrines.yaml}).
     *
     * @return the doctrines
     */
    public static List<io.lexfed.registry.Doctrine> doctrines() {
        return Published.DOCTRINES;
    }

    /**
     * What the jurisdiction knowledge base holds for a state, and optionally a locality, on a day:
     * coverage, the provisions in force or enjoined, the locality and the places it lies within, the
     * laws on federal agents and the 287(g) agreements in force, with sources. Reads the knowledge
     * base without loading the rule network.
     *
     * @param state the state's postal code, e.g. {@code TX} (case-insensitive), or {@code DC}
     * @param locality a city or county by name or alias, or null for the state alone
     * @param day the day
     * @return what the knowledge base holds
     * @throws io.lexfed.scenario.InvalidScenarioException if {@code state} names no state or DC
     */
    public static io.lexfed.registry.LawOnADay lawOnADay(String state, String locality, LocalDate day) {
        String checked = new io.lexfed.scenario.Jurisdiction(Objects.requireNonNull(state, "state"), null).state();
        return io.lexfed.internal.jurisdiction.LawOnADayView.of(Knowledge.LOADED, checked, locality, Objects.requireNonNull(day, "day"));
    }

    /**
     * Every rule with its metadata, by id; waits for the rule network, whose rules these are.
     *
     * @return the rules
     */
    public static List<io.lexfed.registry.Rule> rules() {
        return Holder.ENGINE.loaded.rules().list;
    }

    /**
     * The library's version.
     *
     * @return the version, e.g. {@code 0.1.0-SNAPSHOT}
     */
    public static String version() {
        return Holder.ENGINE.loaded.build.version();
    }

    /**
     * The fingerprint of the rule set (DRL and registries) this library was built from.
     *
     * @return {@code sha256:} and the hex digest
     */
    public static String rulesFingerprint() {
        return Holder.ENGINE.loaded.build.rulesFingerprint();
    }

    /**
     * What the engine loads once per process. Building the rule network dominates start-up, so it
     * runs on another thread from the start; the registries and the knowledge base are read from
     * their build-time snapshots meanwhile, and the constructor returns without waiting for the
     * network, so a caller's own start-up (reading its scenario, say) overlaps it too. The first
     * evaluation waits for it.
     */
    private static final class Loaded {
        final Registry registry;
        final ScenarioMapper mapper;
        final KnowledgeBase knowledge;
        final BuildInfo build;
        private final java.util.concurrent.CompletableFuture<Network> network;
        private final java.util.concurrent.CompletableFuture<Rules> rules;

        Loaded() {
            network = java.util.concurrent.CompletableFuture.supplyAsync(() -> new Network(new Sessions(RuleBase.compiled())));
            registry = Registries.LOADED;
            mapper = new ScenarioMapper(registry);
            knowledge = Knowledge.LOADED;
            build = BuildInfo.load();
            Registry r = registry;
            BuildInfo b = build;
            // checked against the registry on the network's thread, as soon as it is built
            rules = network.thenApply(n -> new Rules(RuleBase.load(n.sessions.kieBase(), r), r, b));
        }

        /** The built network's sessions, which may run before the rules' provenance is checked. */
        Sessions sessions() {
            return Futures.join(network).sessions;
        }

        /** Which predicates the rules read, by actor and action. */
        Relevance relevance() {
            return Futures.join(network).relevance;
        }

        /** The checked rule base, once built; a rule base that fails its checks fails every evaluation with the reason. */
        Rules rules() {
            return Futures.join(rules);
        }
    }

    /** The built rule network: its sessions, and which predicates its rules read. */
    private static final class Network {
        final Sessions sessions;
        final Relevance relevance;

        Network(Sessions sessions) {
            this.sessions = sessions;
            this.relevance = new Relevance(sessions);
        }
    }

    /** The rule base and what is derived from it. */
    private static final class Rules {
        final Assembler assembler;
        final List<io.lexfed.registry.Rule> list;

        Rules(RuleBase base, Registry registry, BuildInfo build) {
            assembler = new Assembler(registry, base.rules(), build);
            list = base.rules().values().stream().sorted(java.util.Comparator.comparing(io.lexfed.internal.kie.RuleInfo::name))
                    .map(r -> new io.lexfed.registry.Rule(r.name(), r.doctrine(), r.analysis(), r.cites())).toList();
        }
    }

    /**
     * Builds an engine with a clock and a session cache of its own; what is not set keeps its default.
     * Not thread-safe; the engine it builds is.
     */
    public static final class Builder {
        private Clock clock = Clock.systemDefaultZone();
        private int sessionCache = RunCache.capacityFromSystemProperty();

        private Builder() {
        }

        /**
         * Sets the clock that says which day's law applies to a scenario without a date.
         *
         * @param clock the clock; the system clock by default
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets how many rule session results the engine remembers and reuses for scenarios with equal
         * facts (about 1.6 kB each). The answer is the same either way; 0 turns the cache off, which
         * suits a process that evaluates one scenario.
         *
         * @param capacity the number of results, 0 or more; by default what the system property
         *     {@value #SESSION_CACHE_PROPERTY} says, else {@value RunCache#DEFAULT_CAPACITY}
         * @return this builder
         * @throws IllegalArgumentException if {@code capacity} is negative
         */
        public Builder sessionCache(int capacity) {
            if (capacity < 0) {
                throw new IllegalArgumentException("sessionCache must be 0 or more results, got " + capacity);
            }
            this.sessionCache = capacity;
            return this;
        }

        /**
         * Builds the engine, loading the rules and registries if this process has not yet; the rule
         * network is built on another thread and the first evaluation waits for it.
         *
         * @return the engine
         */
        public LexFed build() {
            return new LexFed(Holder.ENGINE.loaded, clock, new RunCache(sessionCache));
        }

        /**
         * Builds the engine on a daemon thread of its own, so that a caller's start-up (reading its
         * input, say) overlaps the loading of the rules and registries; the daemon thread keeps no
         * JVM alive.
         *
         * @return the engine once built, or the load's failure
         */
        public java.util.concurrent.CompletableFuture<LexFed> buildInBackground() {
            Clock c = clock;
            int capacity = sessionCache;
            return Futures.onDaemonThread("lexfed-engine-load", () -> new LexFed(Holder.ENGINE.loaded, c, new RunCache(capacity)));
        }
    }

    /** The registries, loaded once per process by whichever needs them first: the engine, or a listing of them. */
    private static final class Registries {
        static final Registry LOADED = Registry.load();
    }

    /** The knowledge base, loaded once per process by whichever needs it first: the engine, or a listing of it. */
    private static final class Knowledge {
        static final KnowledgeBase LOADED = KnowledgeBase.load(Registries.LOADED);
    }

    /** The registries as the public API gives them, made on first use, so an evaluation never pays for them. */
    private static final class Published {
        static final List<io.lexfed.registry.Authority> AUTHORITIES = Registries.LOADED.authorities().values().stream()
                .sorted(java.util.Comparator.comparing(io.lexfed.internal.authority.Authority::rank)
                        .thenComparing(io.lexfed.internal.authority.Authority::id))
                .map(a -> new io.lexfed.registry.Authority(a.id(), a.citation(), a.title(), a.kind().name(), a.rank().name(), a.jurisdiction(),
                        a.date(), a.url(), a.inForceFrom(), a.inForceUntil(), a.holding(), a.verified(), a.status(), a.note(), a.isContext(),
                        a.circuit(), a.isPrecedential(), a.vacated()))
                .toList();
        static final List<io.lexfed.registry.Doctrine> DOCTRINES = Registries.LOADED.doctrines().values().stream()
                .map(d -> new io.lexfed.registry.Doctrine(d.id(), d.title(), d.sections(), d.summary())).toList();
    }

    private static final class Holder {
        static final LexFed ENGINE = new LexFed(new Loaded(), Clock.systemDefaultZone(), RunCache.fromSystemProperty());
    }
}
