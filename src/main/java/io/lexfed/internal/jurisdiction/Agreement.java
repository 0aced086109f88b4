package io.lexfed.internal.jurisdiction;

import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Model287g;
import java.time.LocalDate;
import java.util.Locale;

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
        String a = agency.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        return switch (actor) {
            case SHERIFF_OR_JAIL -> (a.contains("sheriff") || a.contains("jail") || a.contains("corrections")) && place(a, locality);
            case LOCAL_POLICE -> (a.contains("police department") || a.contains("police dept")) && place(a, locality);
            case STATE_POLICE -> a.contains("highway patrol") || a.contains("state patrol") || a.contains("department of public safety")
                    || a.contains("state police");
            default -> false;
        };
    }

    private static boolean place(String agency, String locality) {
        if (locality == null) {
            return false;
        }
        String where = name(locality.toLowerCase(Locale.ROOT));
        String of = name(agency.replaceAll("(county )?(sheriff'?s?'? (office|department)|sheriff|police (department|dept\\.?)|jail|department of corrections|"
                + "detention (center|facility)|corrections)", " ").replaceAll("\\b(city of|town of|the)\\b", " "));
        return !where.isEmpty() && where.equals(of);
    }

    // a place's name without punctuation, "county", "city" and extra spaces
    private static String name(String s) {
        return s.replaceAll("[^a-z ]", " ").replaceAll("\\b(county|city|parish)\\b", " ").trim().replaceAll("\\s+", " ");
    }
}
