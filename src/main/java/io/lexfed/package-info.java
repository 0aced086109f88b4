/**
 * LexFed: cited, explained determinations of what state and local police, officials and private
 * people may lawfully do when federal immigration agents act. Start at {@link io.lexfed.LexFed};
 * the input is {@link io.lexfed.scenario.Scenario}, the output
 * {@link io.lexfed.determination.Determination}; {@link io.lexfed.json.LexFedJson} reads and writes
 * both as JSON. Everything under {@code io.lexfed.internal} is implementation. Not legal advice.
 */
package io.lexfed;
