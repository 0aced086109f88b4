/**
 * The answer LexFed gives: {@link io.lexfed.determination.Determination} and its parts. Every
 * part is an immutable record; authority ids in reasons, findings, exposure and notes resolve to
 * {@link io.lexfed.determination.Citation}s in the same determination.
 */
package io.lexfed.determination;
