/**
 * Where a fact enters the rules: read-only beans over the scenario's parts (raw facts) and the
 * facts rules derive from them ({@link io.lexfed.internal.facts.Finding} predicates,
 * {@link io.lexfed.internal.facts.Conclusion}s, exposures and notes). Beans rather than records,
 * because Drools 10.2's executable-model code generator fails on record accessors. Not API.
 */
package io.lexfed.internal.facts;
