package io.lexfed.analysis;

import io.lexfed.determination.Outcome;

/** One value an unknown fact could take, and the outcome the scenario would then have. */
public record Alternative(String value, Outcome outcome) {
}
