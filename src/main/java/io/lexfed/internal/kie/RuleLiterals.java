package io.lexfed.internal.kie;

import io.lexfed.internal.predicates.Predicates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * A build check of how the doctrine rules read the predicates, with Drools' own DRL parser: every
 * {@code Is("...")} and {@code IsNot("...")} names a predicate of {@code rules/predicates/}, and no
 * rule reads a literal under {@code not} or {@code exists}. A literal read positively is all a rule
 * may ask, so that what it concludes does not depend on which literals exist or the order rules
 * fire in (an open predicate is both literals at once). Run by {@code CompileSnapshots}.
 */
public final class RuleLiterals {
    private RuleLiterals() {
    }

    /** What is wrong with the rules under {@code rulesDir}, one line each. */
    public static List<String> problems(Path rulesDir) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(rulesDir)) {
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                DrlParser parser = new DrlParser();
                PackageDescr pkg = parser.parse(false, Files.readString(drl));
                parser.getErrors().forEach(e -> out.add(rulesDir.relativize(drl) + ": " + e.getMessage()));
                for (RuleDescr r : pkg.getRules()) {
                    check(rulesDir.relativize(drl) + " rule \"" + r.getName() + "\"", r.getLhs(), false, out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules in " + rulesDir + ": " + e.getMessage(), e);
        } catch (DroolsParserException e) {
            out.add(e.getMessage());
        }
        return out;
    }

    private static void check(String where, BaseDescr d, boolean negated, List<String> out) {
        if (d instanceof PatternDescr p) {
            boolean literal = p.getObjectType().equals("Is") || p.getObjectType().equals("IsNot");
            if (literal && negated) {
                out.add(where + ": reads " + p.getObjectType() + " under not or exists; read the other literal instead");
            }
            if (literal) {
                List<? extends BaseDescr> constraints = p.getConstraint().getDescrs();
                String id = constraints.size() == 1 && constraints.get(0) instanceof ExprConstraintDescr e ? e.getExpression().strip() : "";
                id = id.startsWith("\"") && id.endsWith("\"") && id.length() > 1 ? id.substring(1, id.length() - 1) : "";
                if (id.isEmpty()) {
                    out.add(where + ": " + p.getObjectType() + " takes one predicate id, as Is( \"predicate-id\"; )");
                } else if (Predicates.byId(id).isEmpty()) {
                    out.add(where + ": " + p.getObjectType() + "(\"" + id + "\") names no predicate of rules/predicates/");
                }
            }
        } else if (d instanceof ConditionalElementDescr ce) {
            boolean under = negated || d instanceof NotDescr || d instanceof ExistsDescr;
            for (BaseDescr child : ce.getDescrs()) {
                check(where, child, under, out);
            }
        }
    }
}
