package io.lexfed.scenario;

import java.util.Locale;
import java.util.Set;

/**
 * Where the events happen: a state (the two-letter postal code of one of the 50 states or the
 * District of Columbia) and optionally a locality (city or county) by name. Both may be absent when
 * the user does not know them; a code that names no state is bad input, never a state without law.
 *
 * @param state the two-letter postal code of the state or DC (any case; kept upper case), or null if
 *     not known
 * @param locality the city or county by name, or null if not known (a blank name is read as null)
 */
public record Jurisdiction(String state, String locality) {
    // the 50 states and DC: the places whose law LexFed holds; a territory's law is not modelled
    private static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL",
            "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
            "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY");

    /**
     * Checks the state code and the locality's name.
     *
     * @param state the two-letter postal code of the state or DC (any case; kept upper case), or null if not known
     * @param locality the city or county by name, or null if not known (a blank name is read as null)
     * @throws InvalidScenarioException if the state is not the postal code of a state or DC, or the locality is not
     *     one line of printable text of at most 100 characters
     */
    public Jurisdiction {
        if (state != null) {
            String code = state.trim().toUpperCase(Locale.ROOT);
            if (!STATES.contains(code)) {
                String shown = code.length() > 12 ? code.substring(0, 12) + "..." : code;
                throw new InvalidScenarioException("state", "expected the two-letter postal code of a state or DC, such as \"TX\"; \""
                        + shown + "\" is none (territories are not modelled)");
            }
            state = code;
        }
        if (locality != null && locality.isBlank()) {
            locality = null;
        }
        if (locality != null) {
            locality = locality.strip();
            // a place's name: printable text of sensible length, which no report can be made to misread
            if (locality.length() > 100) {
                throw new InvalidScenarioException("locality", "is " + locality.length() + " characters long; a place's name has at most 100");
            }
            for (int i = 0; i < locality.length(); i++) {
                char c = locality.charAt(i);
                boolean paired = Character.isHighSurrogate(c) && i + 1 < locality.length() && Character.isLowSurrogate(locality.charAt(i + 1));
                boolean loneSurrogate = Character.isSurrogate(c) && !paired;
                if (Character.isISOControl(c) || loneSurrogate || Character.getType(c) == Character.LINE_SEPARATOR
                        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                    throw new InvalidScenarioException("locality", "contains a control character, line break or unpaired surrogate at position "
                            + (i + 1) + "; a place's name is one line of text");
                }
                if (paired) {
                    i++;
                }
            }
        }
    }

    /**
     * A state, with the locality not known.
     *
     * @param state the two-letter postal code of the state or DC, e.g. {@code "MA"}
     * @return the jurisdiction
     * @throws InvalidScenarioException if the code is not the postal code of a state or DC
     */
    public static Jurisdiction of(String state) {
        return new Jurisdiction(state, null);
    }

    /**
     * A jurisdiction with neither state nor locality known.
     *
     * @return the unknown jurisdiction
     */
    public static Jurisdiction unknown() {
        return new Jurisdiction(null, null);
    }
}
