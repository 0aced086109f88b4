package io.lexfed.internal.mapping;

import io.lexfed.internal.authority.Authority;
import io.lexfed.internal.authority.Registry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of the registry's dated authorities (guidance, statutes with in-force dates) are in force:
 * the only way the date of the events reaches the rules. The registry's in-force boundaries cut
 * time into periods; every day of a period has the same law in force, so one immutable instance
 * stands for the whole period, and two days of the same period give the rules the same facts.
 */
public final class LawInForce {
    private final Registry registry;
    private final Set<String> inForce;

    private LawInForce(Registry registry, Set<String> inForce) {
        this.registry = registry;
        this.inForce = inForce;
    }

    /** Whether the registry's authority {@code id} is in force; a rule asking about an unknown id is a defect. */
    public boolean test(String id) {
        Authority a = registry.authority(id)
                .orElseThrow(() -> new IllegalStateException("a rule asked about unknown authority " + id));
        return !dated(a) || inForce.contains(a.id());
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

    /** The periods of a registry: for any day, the law in force that day, found by binary search. */
    static final class Periods {
        // starts[i] is the first day of period i + 1; period 0 runs until starts[0]
        private final LocalDate[] starts;
        private final LawInForce[] periods;

        Periods(Registry registry) {
            TreeSet<LocalDate> boundaries = new TreeSet<>();
            List<Authority> dated = new ArrayList<>();
            for (Authority a : registry.authorities().values()) {
                if (dated(a)) {
                    dated.add(a);
                    if (a.inForceFrom() != null) {
                        boundaries.add(a.inForceFrom());
                    }
                    if (a.inForceUntil() != null) {
                        boundaries.add(a.inForceUntil());
                    }
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
                periods[i] = new LawInForce(registry, Set.copyOf(in));
            }
        }

        LawInForce on(LocalDate day) {
            int i = Arrays.binarySearch(starts, day);
            return periods[i >= 0 ? i + 1 : -i - 1];
        }
    }
}
