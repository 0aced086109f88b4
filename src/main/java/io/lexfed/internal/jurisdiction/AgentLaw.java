package io.lexfed.internal.jurisdiction;

import io.lexfed.scenario.RegulationLaw;
import io.lexfed.scenario.RegulationSubject;
import io.lexfed.scenario.Truth;
import java.time.LocalDate;
import java.util.List;

/**
 * A state or local law on federal agents' own conduct that a scenario may name ({@code regulation.law}):
 * its subject and what its text says of the prongs of intergovernmental immunity (whether it binds the
 * state's own officers alike; whether it controls federal operations directly), the court rulings on
 * those prongs, and the challenges pending against it, each dated. A ruling counts once decided, as
 * the courts' decisions stood when the question is asked; a challenge is pending from its filing until
 * it is decided; a law with a challenge pending is looked at again by {@code reviewBy}.
 */
public record AgentLaw(RegulationLaw id, String title, String authority, RegulationSubject subject, LocalDate inForceFrom,
                       Truth bindsStateOfficersEqually, Truth regulatesFederalOperationsDirectly, List<Ruling> rulings,
                       List<Challenge> challenges, String source, String note, LocalDate reviewBy) {

    /** What a court held of the law's prongs (null: not decided), and when. */
    public record Ruling(LocalDate on, String by, Truth bindsStateOfficersEqually, Truth regulatesFederalOperationsDirectly, String note) {
    }

    /** A challenge to the law in court, pending from {@code from} until {@code until} (null: still pending). */
    public record Challenge(LocalDate from, LocalDate until, String by) {
    }

    public AgentLaw {
        rulings = rulings == null ? List.of() : List.copyOf(rulings);
        challenges = challenges == null ? List.of() : List.copyOf(challenges);
        if (id == null || id == RegulationLaw.OTHER || id == RegulationLaw.UNKNOWN) {
            throw new IllegalArgumentException("an agent law needs the id of a law the vocabulary names: " + id);
        }
    }

    /** The latest ruling known on {@code askedOn} (null: all known) that decides a prong, by {@code which}. */
    Ruling ruling(LocalDate askedOn, java.util.function.Function<Ruling, Truth> which) {
        Ruling latest = null;
        for (Ruling r : rulings) {
            if (which.apply(r) != null && (askedOn == null || !askedOn.isBefore(r.on())) && (latest == null || r.on().isAfter(latest.on()))) {
                latest = r;
            }
        }
        return latest;
    }

    /** The challenge pending on {@code day}, or null. */
    Challenge pendingOn(LocalDate day) {
        for (Challenge c : challenges) {
            if (!day.isBefore(c.from()) && (c.until() == null || day.isBefore(c.until()))) {
                return c;
            }
        }
        return null;
    }
}
