/**
 * Conflict resolution between conclusions of different layers of law, written once: the algebra
 * of docs/legal-model.md §7 and the treatment (§6) of unknown and contested points. Not API.
 */
package io.lexfed.internal.resolution;
