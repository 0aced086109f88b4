package io.lexfed.internal.kie;

import io.lexfed.internal.authority.Registry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The compiled rule base: the executable model generated from {@code rules/} at build time,
 * loaded directly (no DRL is parsed, no KieContainer is involved), and the provenance of every
 * rule checked against the registries. Immutable and thread-safe; sessions of the network come from
 * {@link Sessions}.
 */
public final class RuleBase {
    /** Where the kie-maven-plugin lists the generated model classes for this artifact. */
    static final String MODEL_INDEX = "/META-INF/kie/io.lexfed/lexfed/drools-model";
    private static final Pattern RULE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*/\\d{2}-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SECTION = Pattern.compile("[1-8]");

    private final Map<String, RuleInfo> rules;

    private RuleBase(Map<String, RuleInfo> rules) {
        this.rules = Collections.unmodifiableMap(rules);
    }

    /** Loads the generated model and checks every rule's metadata against {@code registry}. */
    public static RuleBase load(Registry registry) {
        return load(compiled(), registry);
    }

    /** Builds the knowledge base from the generated model; independent of the registries, so it can run alongside their loading. */
    public static KieBase compiled() {
        // Drools' default configuration is read from the classpath; that needs no model, so it runs while the
        // models are instantiated. RuleBaseFactory rather than KieServices: KieServices lives in drools-compiler,
        // which the library leaves off its users' classpath (docs/dependencies.md)
        CompletableFuture<KieBaseConfiguration> configuration =
                Futures.onDaemonThread("lexfed-rule-configuration", RuleBaseFactory::newKnowledgeBaseConfiguration);
        List<Model> models = models();
        return KieBaseBuilder.createKieBaseFromModel(models, Futures.join(configuration));
    }

    /** Checks every rule of an already built knowledge base against {@code registry}. */
    public static RuleBase load(KieBase kb, Registry registry) {
        Map<String, RuleInfo> infos = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (KiePackage pkg : kb.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                RuleInfo info = describe(r);
                problems.addAll(check(info, registry));
                infos.put(info.name(), info);
            }
        }
        if (infos.isEmpty()) {
            problems.add("the rule base is empty: the executable model was not generated from rules/");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("LexFed's rule base is inconsistent:\n  " + String.join("\n  ", problems));
        }
        return new RuleBase(infos);
    }

    private static List<Model> models() {
        List<String> names = new ArrayList<>();
        try (InputStream in = RuleBase.class.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("no executable model at " + MODEL_INDEX + ": the library was built without its rules");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.trim();
                if (!line.isEmpty() && !line.startsWith("Drools-Model-Version")) {
                    names.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Instantiating a package's model links thousands of generated lambdas, about half the
        // network's cold build; the packages are independent, so each after the first gets a thread.
        List<CompletableFuture<Model>> models = new ArrayList<>();
        for (int i = 1; i < names.size(); i++) {
            String name = names.get(i);
            models.add(Futures.onDaemonThread("lexfed-rule-model", () -> model(name)));
        }
        List<Model> out = new ArrayList<>();
        if (!names.isEmpty()) {
            out.add(model(names.get(0)));
        }
        for (CompletableFuture<Model> m : models) {
            out.add(Futures.join(m));
        }
        return out;
    }

    private static Model model(String className) {
        try {
            return (Model) Class.forName(className, true, RuleBase.class.getClassLoader()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate the generated rule model " + className + ": " + e, e);
        }
    }

    private static RuleInfo describe(Rule r) {
        Map<String, Object> meta = r.getMetaData();
        String cites = text(meta.get("cites"));
        List<String> ids = cites.isEmpty() ? List.of()
                : Arrays.stream(cites.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new RuleInfo(r.getName(), text(meta.get("doctrine")), text(meta.get("analysis")), ids, r.getPackageName());
    }

    // Metadata values keep their quotes on some compilation paths; normalise them here once.
    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.trim();
    }

    static List<String> check(RuleInfo info, Registry registry) {
        List<String> problems = new ArrayList<>();
        String n = "rule \"" + info.name() + "\"";
        if (!RULE_NAME.matcher(info.name()).matches()) {
            problems.add(n + ": name is not '<doctrine-id>/NN-<holding-in-kebab>'");
        }
        if (info.doctrine().isEmpty()) {
            problems.add(n + ": no @doctrine");
        } else if (registry.doctrine(info.doctrine()).isEmpty()) {
            problems.add(n + ": @doctrine(\"" + info.doctrine() + "\") is not in doctrines.yaml");
        } else if (!info.name().startsWith(info.doctrine() + "/")) {
            problems.add(n + ": name does not start with its doctrine id " + info.doctrine());
        } else if (!registry.doctrine(info.doctrine()).get().sections().contains(info.analysis())) {
            problems.add(n + ": @analysis(\"" + info.analysis() + "\") is not a section of doctrine " + info.doctrine());
        }
        if (!SECTION.matcher(info.analysis()).matches()) {
            problems.add(n + ": @analysis must name a section 1-8 of the source analysis, got \"" + info.analysis() + "\"");
        }
        if (info.cites().isEmpty()) {
            problems.add(n + ": cites nothing (@cites is required)");
        }
        for (String id : info.cites()) {
            if (registry.authority(id).isEmpty()) {
                problems.add(n + ": cites unknown authority '" + id + "'");
            }
        }
        return problems;
    }

    /** Every rule's provenance, by rule name. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }
}
