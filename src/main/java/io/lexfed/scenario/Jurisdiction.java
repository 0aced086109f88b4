package io.lexfed.scenario;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the events happen: a state (two-letter postal code, {@code DC} included) and optionally
 * a locality (city or county) by name. Both may be absent when the user does not know them.
 */
public record Jurisdiction(String state, String locality) {
    // compiled once: a batch constructs a jurisdiction per record
    private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{2}");

    public Jurisdiction {
        if (state != null) {
            state = state.trim().toUpperCase(Locale.ROOT);
            if (!STATE_CODE.matcher(state).matches()) {
                throw new InvalidScenarioException("state", "expected a two-letter state code such as \"TX\", got \"" + state + "\"");
            }
        }
        if (locality != null && locality.isBlank()) {
            locality = null;
        }
    }

    /** A jurisdiction with neither state nor locality known. */
    public static Jurisdiction unknown() {
        return new Jurisdiction(null, null);
    }
}
