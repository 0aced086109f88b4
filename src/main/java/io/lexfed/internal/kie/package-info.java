/**
 * The Drools wiring: loading the executable model compiled from {@code rules/} at build time,
 * checking each rule's provenance against the registries, running a session per evaluation, and
 * the {@link io.lexfed.internal.kie.Derive} helper rule consequences call. Not API.
 */
package io.lexfed.internal.kie;
