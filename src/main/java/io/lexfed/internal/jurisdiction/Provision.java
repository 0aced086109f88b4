package io.lexfed.internal.jurisdiction;

import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.ImmigrationCrime;
import io.lexfed.scenario.InformationKind;
import io.lexfed.scenario.Place;
import io.lexfed.scenario.StateCrimeStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * One dated provision of a jurisdiction's law, as written in {@code rules/jurisdictions/<ST>.yaml}: in
 * force from {@code inForceFrom} until {@code inForceUntil}, except while a court order enjoins it.
 * {@code history} lists those orders as dated events, each by a registry authority: an injunction
 * (ENJOINED) and an order that lifts it (RESTORED: a stay, a reversal, a vacatur), in date order. A
 * limit whose text was read for them lists the {@code exceptions} it carries (possibly none); null
 * means they were not read, and then nothing is concluded from their absence. A pending matter (a
 * crime not yet operative or enjoined, an injunction not lifted) names the day it is to be looked at
 * again ({@code reviewBy}); the build's tests fail once that day passes. A provision that replaces
 * others of the same place and fact names them in {@code supersedes}: while it is in force they are
 * not applied. Provisions that would set one fact two ways on a day without that are a build error,
 * never settled by their order. Its {@code scope} may be narrower than its kind, as {@code binds}
 * narrows it to some actors: only some acts (a duty to report status is no duty to help with an
 * arrest), only some kinds of information. A question outside the scope is not governed by it, and
 * one whose kind of information is unknown cannot be answered from it.
 */
public record Provision(String id, ProvisionKind kind, List<Actor> binds, String authority, LocalDate inForceFrom,
                        LocalDate inForceUntil, boolean verified, String source, String summary, StateCrimeStatus status,
                        String note, List<Event> history, List<Exception> exceptions, LocalDate reviewBy, List<String> supersedes,
                        Scope scope) {
    /**
     * The acts a provision governs, where narrower than its kind's, the kinds of information it reaches and the places
     * where it governs them (an order closing government property to immigration enforcement) (empty lists: all); and
     * the people it reaches, where only some ({@code people}, in words: "people arrested for a drug
     * offense it lists"; null: everyone), which the question must then say whether the person is among.
     */
    public record Scope(List<Action> acts, List<InformationKind> information, List<Place> places, String people, List<ImmigrationCrime> crimes) {
        /** No narrowing. */
        public static final Scope ALL = new Scope(List.of(), List.of(), List.of(), null, List.of());

        public Scope {
            places = places == null ? List.of() : List.copyOf(places);
            if (places.contains(Place.UNKNOWN)) {
                throw new IllegalArgumentException("a scope names places, not UNKNOWN");
            }
            if (people != null && people.isBlank()) {
                throw new IllegalArgumentException("a scope's people are named in words, or left out for everyone");
            }
            acts = acts == null ? List.of() : List.copyOf(acts);
            information = information == null ? List.of() : List.copyOf(information);
            if (information.contains(InformationKind.UNKNOWN)) {
                throw new IllegalArgumentException("a scope names kinds of information, not UNKNOWN");
            }
            if (!information.isEmpty() && !acts.isEmpty() && acts.stream().noneMatch(INFORMATION_ACTS::contains)) {
                throw new IllegalArgumentException("a scope names kinds of information only for acts that share or withhold it");
            }
            crimes = crimes == null ? List.of() : List.copyOf(crimes);
            if (crimes.contains(ImmigrationCrime.UNKNOWN)) {
                throw new IllegalArgumentException("a scope names federal immigration crimes, not UNKNOWN");
            }
            if (!crimes.isEmpty() && !acts.equals(List.of(Action.CRIMINAL_IMMIGRATION_ARREST))) {
                throw new IllegalArgumentException("a scope names federal immigration crimes only for the act CRIMINAL_IMMIGRATION_ARREST, alone");
            }
        }
    }

    /**
     * The scope in words ("the acts share information or withhold information, and information of the kinds immigration
     * status, at the places government property, for people ..."), the people left out where {@code withPeople} is
     * false; null where the provision is not narrowed.
     */
    static String words(Scope scope, boolean withPeople) {
        List<String> parts = new java.util.ArrayList<>(4);
        if (!scope.acts().isEmpty()) {
            parts.add("the acts " + words(scope.acts()));
        }
        if (!scope.information().isEmpty()) {
            parts.add((scope.acts().isEmpty() ? "" : "and ") + "information of the kinds " + words(scope.information()));
        }
        if (!scope.places().isEmpty()) {
            parts.add("at the places " + words(scope.places()));
        }
        if (!scope.crimes().isEmpty()) {
            parts.add("for the federal crimes " + words(scope.crimes()));
        }
        if (withPeople && scope.people() != null) {
            parts.add("for " + scope.people());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String words(List<? extends Enum<?>> values) {
        List<String> out = values.stream().map(v -> v.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).toList();
        return out.size() == 1 ? out.get(0) : String.join(", ", out.subList(0, out.size() - 1)) + " or " + out.get(out.size() - 1);
    }

    /** What a scope is tested against: the act asked about, the kind of information, the federal crime and the place (each may be unknown). */
    public record Question(Action action, InformationKind info, ImmigrationCrime crime, Place place) {
    }

    /** The acts whose question names a kind of information ({@code information.kind}). */
    static final List<Action> INFORMATION_ACTS = List.of(Action.SHARE_INFORMATION, Action.WITHHOLD_INFORMATION);

    /** An exception a limit carries: it yields to a judge's warrant or order; it saves communicating immigration status (8 U.S.C. 1373). */
    public enum Exception { JUDICIAL_WARRANT, STATUS_SAVINGS_CLAUSE, LISTED_OFFENSES, JUDICIAL_WARRANT_WITH_LISTED_OFFENSES }

    /** A court order that enjoins the provision, or lifts an injunction, from {@code date}. */
    public record Event(LocalDate date, Effect effect, String by, String note) {
        public Event {
            if (date == null || effect == null || by == null) {
                throw new IllegalArgumentException("an event of a provision's history needs date, effect and by");
            }
        }
    }

    /**
     * What an order does to the provision: enjoins it; upholds on appeal the injunction in effect, which then
     * stands on the appellate ruling (AFFIRMED); or lifts the injunction (RESTORED).
     */
    public enum Effect { ENJOINED, AFFIRMED, RESTORED }

    public Provision {
        binds = binds == null ? List.of() : ActorList.of(binds);
        history = history == null ? List.of() : List.copyOf(history);
        exceptions = exceptions == null ? null : List.copyOf(exceptions);
        supersedes = supersedes == null ? List.of() : List.copyOf(supersedes);
        scope = scope == null ? Scope.ALL : scope;
        if (kind != null && scope.people() != null && kind.people() == null) {
            throw new IllegalArgumentException("provision " + id + ": a " + kind + " provision cannot reach only some people (kinds.yaml gives the kind no 'people' fact)");
        }
        if (kind != null && exceptions != null && (kind.exceptions().isEmpty() || !kind.exceptions().containsAll(exceptions))) {
            throw new IllegalArgumentException("provision " + id + ": a " + kind + " provision can carry only the exceptions kinds.yaml gives it "
                    + kind.exceptions() + ", not " + exceptions);
        }
        for (int i = 1; i < history.size(); i++) {
            boolean wasEnjoined = history.get(i - 1).effect() != Effect.RESTORED;
            boolean enjoins = history.get(i).effect() == Effect.ENJOINED;
            if (!history.get(i).date().isAfter(history.get(i - 1).date()) || wasEnjoined == enjoins) {
                throw new IllegalArgumentException("provision " + id + ": its history alternates ENJOINED and RESTORED, in date order "
                        + "(an injunction upheld on appeal is AFFIRMED, after ENJOINED)");
            }
        }
        // a crime filed as ENJOINED is enjoined from its first day, so its history may open with that injunction's affirmance
        Effect first = history.isEmpty() ? null : history.get(0).effect();
        if (first == Effect.RESTORED || first == Effect.AFFIRMED && status != StateCrimeStatus.ENJOINED) {
            throw new IllegalArgumentException("provision " + id + ": its history starts with an injunction (or, for a crime filed as ENJOINED, its affirmance)");
        }
        if (id == null || kind == null || authority == null || inForceFrom == null || binds.isEmpty()) {
            throw new IllegalArgumentException("provision " + id + " lacks id, kind, binds, authority or inForceFrom");
        }
        if ((kind.value() == ProvisionKind.Value.STATUS) != (status != null)) {
            throw new IllegalArgumentException("provision " + id + ": a status is given exactly for a kind whose value is its status (a state immigration crime)");
        }
        if (inForceUntil != null && !inForceUntil.isAfter(inForceFrom)) {
            throw new IllegalArgumentException("provision " + id + " ends before it begins");
        }
    }

    /** In force on {@code day}: from its start (inclusive) to its end (exclusive), and not enjoined that day. */
    public boolean inForceOn(LocalDate day) {
        return enactedOn(day) && enjoinedOn(day) == null;
    }

    /** Law on {@code day} (from its start to its end), enjoined or not. */
    public boolean enactedOn(LocalDate day) {
        return !day.isBefore(inForceFrom) && (inForceUntil == null || day.isBefore(inForceUntil));
    }

    /** The injunction in effect on {@code day}, or null. */
    public Event enjoinedOn(LocalDate day) {
        Event last = null;
        for (Event e : history) {
            if (e.date().isAfter(day)) {
                break;
            }
            last = e;
        }
        return last != null && last.effect() != Effect.RESTORED ? last : null;
    }

    /**
     * Whether its scope takes in the question's act about information of kind {@code k} or federal crime {@code crime},
     * done at {@code place}: FALSE for an act it does not govern, a place or a crime it does not name; null where it names
     * places and the place is unknown, or crimes and the crime is unknown; for sharing or withholding information,
     * whether it names that kind (null where it names some and the kind is unknown); null for an act its kind reaches
     * only where a scope names it, where it has no scope of acts (its text was not read for that act); otherwise TRUE.
     */
    public Boolean reaches(Question q) {
        Action action = q.action();
        InformationKind k = q.info();
        ImmigrationCrime crime = q.crime();
        Place place = q.place();
        if (!scope.acts().isEmpty() && !scope.acts().contains(action)) {
            return Boolean.FALSE;
        }
        if (scope.acts().isEmpty() && kind != null && kind.scopedOnly().contains(action)) {
            return null;
        }
        if (!scope.places().isEmpty()) {
            if (place == null || place == Place.UNKNOWN) {
                return null;
            }
            if (!scope.places().contains(place)) {
                return Boolean.FALSE;
            }
        }
        if (!scope.crimes().isEmpty()) {
            if (crime == null || crime == ImmigrationCrime.UNKNOWN) {
                return null;
            }
            return scope.crimes().contains(crime);
        }
        if (scope.information().isEmpty() || !INFORMATION_ACTS.contains(action)) {
            return Boolean.TRUE;
        }
        return k == InformationKind.UNKNOWN ? null : scope.information().contains(k);
    }

    /** Whether the provision's text was read for its exceptions. */
    public boolean exceptionsRead() {
        return exceptions != null;
    }

    /** Whether the provision carries exception {@code e} (false where its exceptions were not read). */
    public boolean carries(Exception e) {
        return exceptions != null && exceptions.contains(e);
    }
}
