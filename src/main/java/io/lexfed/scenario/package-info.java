/**
 * The scenario vocabulary: immutable records describing who proposes to do what, in relation
 * to which federal enforcement action, where and when, under which state law, local policy and
 * 287(g) agreement. Every fact a user may not know is tri-state ({@link io.lexfed.scenario.Truth})
 * or has an {@code UNKNOWN} constant; an absent fact is unknown, never false. Records validate
 * themselves and throw {@link io.lexfed.scenario.InvalidScenarioException} on contradictions.
 */
package io.lexfed.scenario;
