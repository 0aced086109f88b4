package io.lexfed.internal.jurisdiction;

import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Model287g;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One 287(g) agreement as ICE lists its participating agencies: the agency by name, its state, the
 * model, the day signed and, where known, the day it ended. A scenario naming the agency's county or
 * city, with an actor of that agency's kind, is completed with the model in force on its date.
 */
public record Agreement(String state, String agency, Model287g model, LocalDate signed, LocalDate ended, String source) {

    public Agreement {
        if (model == null || model == Model287g.NONE || model == Model287g.UNKNOWN) {
            throw new IllegalArgumentException("287(g) agreement of " + agency + ": a model is required");
        }
        if (signed == null || ended != null && !ended.isAfter(signed)) {
            throw new IllegalArgumentException("287(g) agreement of " + agency + ": signed must come before ended");
        }
    }

    /**
     * A span over which the list holds every agreement of the state's agencies in force on any of its days
     * ({@code from} inclusive, {@code until} exclusive): there, an agency not listed had none.
     */
    public record Complete(String state, LocalDate from, LocalDate until, String source) {
        public Complete {
            if (from == null || until == null || !until.isAfter(from)) {
                throw new IllegalArgumentException("287(g) list complete for " + state + ": from must come before until");
            }
        }

        /** Whether the span includes {@code day}. */
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && day.isBefore(until);
        }
    }

    /** Whether it was in force on {@code day}: from signing (inclusive) until it ended (exclusive). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(signed) && (ended == null || day.isBefore(ended));
    }

    /**
     * Whether the agreement is this actor's agency's in this locality: a sheriff's office, jail or
     * county corrections for a sheriff or jail; a police department for local police; a state patrol
     * or department of public safety for state police (locality not needed). The agency's name less
     * its kind must be the locality's name, with or without "County".
     */
    public boolean belongsTo(Actor actor, String locality) {
        String key = key(actor, locality);
        return key != null && key.equals(key());
    }

    /**
     * The key under which the knowledge base files this agreement, and finds it for a scenario: the
     * kind of agency and its place (none for a state agency); null for an agency of no kind LexFed reads.
     */
    String key() {
        String a = agency.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        if (a.contains("highway patrol") || a.contains("state patrol") || a.contains("department of public safety") || a.contains("state police")) {
            return "STATE_POLICE";
        }
        String kind = a.contains("sheriff") || a.contains("jail") || a.contains("corrections") || a.contains("detention center") ? "SHERIFF_OR_JAIL"
                : a.contains("police department") || a.contains("police dept") ? "LOCAL_POLICE" : null;
        if (kind == null) {
            return null;
        }
        String place = name(THE.matcher(KIND.matcher(a).replaceAll(" ")).replaceAll(" "));
        return place.isEmpty() ? null : kind + ":" + place;
    }

    /** The key a scenario's actor and locality look agreements up by; null where none can apply. */
    static String key(Actor actor, String locality) {
        return switch (actor) {
            case STATE_POLICE -> "STATE_POLICE";
            case SHERIFF_OR_JAIL, LOCAL_POLICE -> {
                String where = locality == null ? "" : name(locality.toLowerCase(Locale.ROOT));
                yield where.isEmpty() ? null : actor.name() + ":" + where;
            }
            default -> null;
        };
    }

    // compiled once: the knowledge base files every agreement by them when it is indexed
    private static final Pattern KIND = Pattern.compile("(county )?(sheriff'?s?'? (office|department)|sheriff|(metropolitan )?police (department|dept\\.?)|jail|"
            + "department of corrections|detention (center|facility)|corrections)");
    private static final Pattern THE = Pattern.compile("\\b(city of|town of|the)\\b");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z ]");
    private static final Pattern PLACE_WORD = Pattern.compile("\\b(county|city|parish)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    // a place's name without punctuation, "county", "city" and extra spaces
    private static String name(String s) {
        return SPACES.matcher(PLACE_WORD.matcher(NOT_LETTER.matcher(s).replaceAll(" ")).replaceAll(" ").trim()).replaceAll(" ");
    }
}
