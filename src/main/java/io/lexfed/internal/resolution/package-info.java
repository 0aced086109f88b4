/**
 * Conflict resolution between conclusions of different layers of law, written once: the algebra
 * of LEGAL-MODEL.md §4 and the treatment of unknown and contested points. Not API.
 */
package io.lexfed.internal.resolution;
