/**
 * What would change the answer: deciding facts computed by evaluating variants, what-if diffs,
 * minimal flips, the next question to ask, and the argument map of a determination. Reached
 * through {@link io.lexfed.LexFed}; every result is an immutable record. Not legal advice.
 */
package io.lexfed.analysis;
