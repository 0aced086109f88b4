/**
 * What LexFed's law is made of, as the engine loaded it: the authorities registry, the doctrines and
 * the rules with their metadata ({@link io.lexfed.LexFed#authorities()}, {@link io.lexfed.LexFed#doctrines()},
 * {@link io.lexfed.LexFed#rules()}). Immutable records.
 */
package io.lexfed.registry;
