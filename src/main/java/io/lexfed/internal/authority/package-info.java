/**
 * Authorities and doctrines as data: the registries of {@code rules/authorities.yaml} and
 * {@code rules/doctrines.yaml}, which rules refer to by id, and the snapshot format in which they
 * (and the jurisdiction knowledge base) are compiled at build time and read at run time. Not API.
 */
package io.lexfed.internal.authority;
