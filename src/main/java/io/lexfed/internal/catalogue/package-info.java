/**
 * Where a fact enters: the fact catalogue ({@code rules/facts.yaml}, compiled by the build into
 * {@code CatalogueData}) as the engine reads it. Every fact of a scenario has an index, a path, a
 * type, its values and a question; scenarios convert to and from one code per fact.
 */
package io.lexfed.internal.catalogue;
