package io.lexfed.internal.jurisdiction;

import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.authority.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The build step that compiles the registries and the jurisdiction knowledge base from their YAML
 * into the snapshots the library loads at run time. It reads and validates the YAML exactly as
 * {@link Registry#fromYaml(String)} and {@link KnowledgeBase#load(Registry, String)} do, so
 * inconsistent data fails the build with their messages; and it checks that the rules read the
 * predicates as {@link io.lexfed.internal.kie.RuleLiterals} requires. Run by Maven at {@code process-classes}
 * with the compiled classes and resources on the classpath:
 * {@code java io.lexfed.internal.jurisdiction.CompileSnapshots target/classes rules}.
 */
public final class CompileSnapshots {
    private CompileSnapshots() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: CompileSnapshots <classes directory> <rules directory>");
            System.exit(2);
        }
        try {
            List<String> rules = io.lexfed.internal.kie.RuleLiterals.problems(Path.of(args[1]));
            if (!rules.isEmpty()) {
                throw new IllegalStateException("the rules read the predicates wrongly:\n  " + String.join("\n  ", rules));
            }
            Registry registry = Registry.fromYaml(Registry.YAML);
            KnowledgeBase knowledge = KnowledgeBase.load(registry, KnowledgeBase.YAML);
            String fingerprint = Snapshot.rulesFingerprint();
            Path classes = Path.of(args[0]);
            write(classes, Registry.SNAPSHOT, registry.snapshot(fingerprint));
            write(classes, KnowledgeBase.SNAPSHOT, knowledge.snapshot(fingerprint));
            System.out.println("compiled " + registry.authorities().size() + " authorities, " + registry.doctrines().size() + " doctrines and "
                    + knowledge.files().size() + " jurisdiction files from rules " + fingerprint);
        } catch (IllegalStateException | UncheckedIOException e) {
            // the message is the finding (e.g. every inconsistency of the knowledge base); a stack trace would bury it
            System.err.println("LexFed: cannot compile the rules' data: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void write(Path classes, String resource, byte[] bytes) {
        Path file = classes.resolve(resource.substring(1));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
