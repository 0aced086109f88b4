/**
 * Authorities and doctrines as data: the registries read from {@code rules/authorities.yaml} and
 * {@code rules/doctrines.yaml}, which rules refer to by id. Not API.
 */
package io.lexfed.internal.authority;
