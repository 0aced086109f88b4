package io.lexfed.internal.mapping;

import io.lexfed.internal.authority.Authority;
import io.lexfed.internal.authority.Registry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which of the dated authorities the rules ask about (with {@code inForce("id")}) are in force: the
 * only way the date of the events reaches the rules. Their in-force boundaries cut time into
 * periods; every day of a period gives the rules the same answers, so one immutable instance stands
 * for the whole period, and two days of the same period give the rules the same facts. The build
 * lists the authorities asked about ({@link #ASKED}); a rule asking about another dated authority
 * fails its evaluation rather than be answered from a period that did not consider it.
 */
public final class LawInForce {
    /** The resource listing, one id per line, the authorities the rules ask about; written by the build. */
    public static final String ASKED = "/io/lexfed/rules/in-force-questions.txt";
    private static final Pattern QUESTION = Pattern.compile("inForce\\(\\s*\"([^\"]*)\"\\s*\\)");

    private final Registry registry;
    private final Set<String> asked;
    private final Set<String> inForce;

    private LawInForce(Registry registry, Set<String> asked, Set<String> inForce) {
        this.registry = registry;
        this.asked = asked;
        this.inForce = inForce;
    }

    /** Whether the registry's authority {@code id} is in force; a rule asking about an unknown or unlisted id is a defect. */
    public boolean test(String id) {
        Authority a = registry.authority(id)
                .orElseThrow(() -> new IllegalStateException("a rule asked about unknown authority " + id));
        if (!dated(a)) {
            return true;
        }
        if (!asked.contains(id)) {
            throw new IllegalStateException("a rule asked whether " + id + " is in force, but the build did not find the question in rules/"
                    + " (" + ASKED + "); rebuild");
        }
        return inForce.contains(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LawInForce l && l.inForce.equals(inForce);
    }

    @Override
    public int hashCode() {
        return inForce.hashCode();
    }

    @Override
    public String toString() {
        return "LawInForce" + inForce;
    }

    private static boolean dated(Authority a) {
        return a.inForceFrom() != null || a.inForceUntil() != null;
    }

    /**
     * The dated authorities the DRL files under {@code rulesDir} ask about, sorted; the build
     * writes them to {@link #ASKED}. An id the registry does not know fails the build.
     */
    public static List<String> askedIn(Path rulesDir, Registry registry) {
        TreeSet<String> ids = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(rulesDir)) {
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                Matcher m = QUESTION.matcher(Files.readString(drl, StandardCharsets.UTF_8));
                while (m.find()) {
                    String id = m.group(1);
                    if (registry.authority(id).isEmpty()) {
                        unknown.add(rulesDir.relativize(drl) + " asks whether unknown authority '" + id + "' is in force");
                    } else if (dated(registry.authority(id).get())) {
                        ids.add(id);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules in " + rulesDir + ": " + e.getMessage(), e);
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(String.join("; ", unknown));
        }
        return List.copyOf(ids);
    }

    private static Set<String> askedByTheBuiltRules() {
        try (InputStream in = LawInForce.class.getResourceAsStream(ASKED)) {
            if (in == null) {
                throw new IllegalStateException(ASKED + " is missing from the classpath: the library was built without its rules");
            }
            return Set.copyOf(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The periods of a registry: for any day, the law in force that day, found by binary search. */
    static final class Periods {
        // starts[i] is the first day of period i + 1; period 0 runs until starts[0]
        private final LocalDate[] starts;
        private final LawInForce[] periods;

        Periods(Registry registry) {
            this(registry, askedByTheBuiltRules());
        }

        Periods(Registry registry, Set<String> asked) {
            TreeSet<LocalDate> boundaries = new TreeSet<>();
            List<Authority> dated = new ArrayList<>();
            for (String id : asked) {
                Authority a = registry.authority(id).orElseThrow(() -> new IllegalStateException(ASKED + " names unknown authority " + id));
                dated.add(a);
                if (a.inForceFrom() != null) {
                    boundaries.add(a.inForceFrom());
                }
                if (a.inForceUntil() != null) {
                    boundaries.add(a.inForceUntil());
                }
            }
            starts = boundaries.toArray(LocalDate[]::new);
            periods = new LawInForce[starts.length + 1];
            for (int i = 0; i < periods.length; i++) {
                // every day of a period agrees with its first day (or, for the first period, its last)
                LocalDate day = i == 0 ? (starts.length == 0 ? LocalDate.EPOCH : starts[0].minusDays(1)) : starts[i - 1];
                Set<String> in = new TreeSet<>();
                for (Authority a : dated) {
                    if (a.inForceOn(day)) {
                        in.add(a.id());
                    }
                }
                periods[i] = new LawInForce(registry, asked, Set.copyOf(in));
            }
        }

        LawInForce on(LocalDate day) {
            int i = Arrays.binarySearch(starts, day);
            return periods[i >= 0 ? i + 1 : -i - 1];
        }
    }
}
