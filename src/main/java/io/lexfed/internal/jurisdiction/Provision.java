package io.lexfed.internal.jurisdiction;

import io.lexfed.scenario.Actor;
import io.lexfed.scenario.StateCrimeStatus;
import java.time.LocalDate;
import java.util.List;

/** One dated provision of a jurisdiction's law, as written in {@code rules/jurisdictions/<ST>.yaml}. */
public record Provision(String id, ProvisionKind kind, List<Actor> binds, String authority, LocalDate inForceFrom,
                        LocalDate inForceUntil, boolean verified, String source, String summary, StateCrimeStatus status,
                        String note) {
    public Provision {
        binds = binds == null ? List.of() : List.copyOf(binds);
        if (id == null || kind == null || authority == null || inForceFrom == null || binds.isEmpty()) {
            throw new IllegalArgumentException("provision " + id + " lacks id, kind, binds, authority or inForceFrom");
        }
        if ((kind == ProvisionKind.STATE_IMMIGRATION_CRIME) != (status != null)) {
            throw new IllegalArgumentException("provision " + id + ": a status is given exactly for a state immigration crime");
        }
        if (inForceUntil != null && !inForceUntil.isAfter(inForceFrom)) {
            throw new IllegalArgumentException("provision " + id + " ends before it begins");
        }
    }

    /** In force on {@code day}: from its start (inclusive) to its end (exclusive). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(inForceFrom) && (inForceUntil == null || day.isBefore(inForceUntil));
    }
}
