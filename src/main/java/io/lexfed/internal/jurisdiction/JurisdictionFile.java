package io.lexfed.internal.jurisdiction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One state's file: its posture, its provisions and its localities' policies. When
 * {@code exhaustive}, the file lists every provision of every kind in force on any date from
 * {@code coverageFrom}, so a kind without one is "no such law" on those dates; when not, but
 * {@code exhaustiveUntil} is set, it does so from {@code coverageFrom} until that day (exclusive),
 * after which the research left something open, to be looked at again by {@code reviewBy}. {@code coverageByKind} starts the coverage of a kind
 * later than {@code coverageFrom} where the research could not settle that kind on earlier dates;
 * {@code exhaustiveFor} settles a kind from a date on its own, where the file as a whole is not exhaustive or does not
 * speak for the kind (a kind that is {@code settledOnly}), and {@code exhaustiveForUntil} ends that, for a kind, on a day
 * (exclusive) where the research that settled it reached no further (a court record of one day, say).
 * {@code agentLaws} are the state's and its localities' laws on federal agents' own conduct that a
 * scenario may name; {@code agreements287g} the 287(g) agreements of its agencies, from
 * {@code rules/jurisdictions/287g-agreements.yaml}, and {@code agreementsComplete} the spans over which that list
 * holds every one of them. {@code localLevel} is false for a jurisdiction that is
 * its own local government (the District of Columbia): no county or city policy lies under its law.
 */
public record JurisdictionFile(String state, String name, Posture posture, LocalDate researchedAsOf, LocalDate coverageFrom,
                               boolean exhaustive, LocalDate exhaustiveUntil, LocalDate reviewBy, Map<ProvisionKind, LocalDate> coverageByKind,
                               Map<ProvisionKind, LocalDate> exhaustiveFor, Map<ProvisionKind, LocalDate> exhaustiveForUntil, List<Provision> provisions,
                               List<Locality> localities, List<AgentLaw> agentLaws,
                               List<Agreement> agreements287g, List<Agreement.Complete> agreementsComplete, String note, Boolean localLevel) {

    /** The state's overall stance as of the research date. */
    public enum Posture { LIMITS_COOPERATION, MANDATES_COOPERATION, MIXED, NO_STATEWIDE_LAW }

    /**
     * A city's or county's policies, layered under its state; {@code within} names the locality (by id,
     * in the same file) that contains it - a city's county - whose provisions reach its actors too, as
     * each provision's {@code binds} says (the county's sheriff runs the jail in the city). An entry that
     * is not {@code exhaustive} may still settle some kinds, each from a date, in {@code exhaustiveFor}, and
     * until a day (exclusive) in {@code exhaustiveForUntil}.
     */
    public record Locality(String id, String name, List<String> aliases, String within, LocalDate coverageFrom, boolean exhaustive,
                           Map<ProvisionKind, LocalDate> exhaustiveFor, Map<ProvisionKind, LocalDate> exhaustiveForUntil, List<Provision> provisions,
                           String note) {
        public Locality {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            provisions = provisions == null ? List.of() : List.copyOf(provisions);
            exhaustiveFor = exhaustiveFor == null ? Map.of() : Map.copyOf(exhaustiveFor);
            exhaustiveForUntil = exhaustiveForUntil == null ? Map.of() : Map.copyOf(exhaustiveForUntil);
            if (exhaustive && !exhaustiveFor.isEmpty()) {
                throw new IllegalArgumentException(id + ": exhaustiveFor is for an entry that is not exhaustive for every kind");
            }
            checkUntil(id, exhaustiveFor, exhaustiveForUntil);
        }

        /** Whether the entry lists every local provision of {@code kind} in force on {@code day}, so that none means "no such policy". */
        public boolean exhaustiveOn(LocalDate day, ProvisionKind kind) {
            if (exhaustive) {
                return !day.isBefore(coverageFrom);
            }
            return settled(exhaustiveFor, exhaustiveForUntil, kind, day);
        }

        /** How a name is looked up: trimmed and in lower case, so that "city of boston " finds "City of Boston". */
        static String key(String name) {
            return name.trim().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public JurisdictionFile {
        provisions = provisions == null ? List.of() : List.copyOf(provisions);
        localities = localities == null ? List.of() : List.copyOf(localities);
        coverageByKind = coverageByKind == null ? Map.of() : Map.copyOf(coverageByKind);
        exhaustiveFor = exhaustiveFor == null ? Map.of() : Map.copyOf(exhaustiveFor);
        exhaustiveForUntil = exhaustiveForUntil == null ? Map.of() : Map.copyOf(exhaustiveForUntil);
        checkUntil(state, exhaustiveFor, exhaustiveForUntil);
        agentLaws = agentLaws == null ? List.of() : List.copyOf(agentLaws);
        agreements287g = agreements287g == null ? List.of() : List.copyOf(agreements287g);
        agreementsComplete = agreementsComplete == null ? List.of() : List.copyOf(agreementsComplete);
        localLevel = localLevel == null ? Boolean.TRUE : localLevel;
        if (!localLevel && !localities.isEmpty()) {
            throw new IllegalArgumentException(state + ": a jurisdiction without a local level lists no localities");
        }
        if (exhaustive && exhaustiveUntil != null) {
            throw new IllegalArgumentException(state + ": exhaustiveUntil is for a file that is not exhaustive on every date");
        }
        if (exhaustiveUntil != null && coverageFrom != null && !exhaustiveUntil.isAfter(coverageFrom)) {
            throw new IllegalArgumentException(state + ": exhaustiveUntil is not after coverageFrom");
        }
    }

    /** This file with the given 287(g) agreements of its agencies and the spans over which they are all of them. */
    public JurisdictionFile with287g(List<Agreement> agreements, List<Agreement.Complete> complete) {
        return new JurisdictionFile(state, name, posture, researchedAsOf, coverageFrom, exhaustive, exhaustiveUntil, reviewBy, coverageByKind, exhaustiveFor,
                exhaustiveForUntil, provisions, localities, agentLaws, agreements, complete, note, localLevel);
    }

    /** Whether the 287(g) list holds every agreement of the state's agencies in force on {@code day}. */
    public boolean agreementsCompleteOn(LocalDate day) {
        return agreementsComplete.stream().anyMatch(c -> c.covers(day));
    }

    /** Whether the file lists every provision of {@code kind} in force on {@code day}, so that none means "no such law". */
    public boolean exhaustiveOn(LocalDate day, ProvisionKind kind) {
        if (settled(exhaustiveFor, exhaustiveForUntil, kind, day)) {
            return true;
        }
        if (kind.settledOnly()) {
            return false;
        }
        LocalDate from = coverageByKind.get(kind);
        return !day.isBefore(coverageFrom) && (from == null || !day.isBefore(from))
                && (exhaustive || exhaustiveUntil != null && day.isBefore(exhaustiveUntil));
    }

    // whether the kind is settled on the day by its own dates: from exhaustiveFor, before any exhaustiveForUntil
    private static boolean settled(Map<ProvisionKind, LocalDate> from, Map<ProvisionKind, LocalDate> until, ProvisionKind kind, LocalDate day) {
        LocalDate start = from.get(kind);
        LocalDate end = until.get(kind);
        return start != null && !day.isBefore(start) && (end == null || day.isBefore(end));
    }

    private static void checkUntil(String where, Map<ProvisionKind, LocalDate> from, Map<ProvisionKind, LocalDate> until) {
        until.forEach((kind, end) -> {
            LocalDate start = from.get(kind);
            if (start == null || !end.isAfter(start)) {
                throw new IllegalArgumentException(where + ": exhaustiveForUntil for " + kind + " needs an exhaustiveFor date before it");
            }
        });
    }
}
