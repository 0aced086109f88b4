/**
 * The jurisdiction knowledge base: dated provisions of every state's law and of key localities'
 * policies, compiled from {@code rules/jurisdictions/} at build time (see {@link
 * io.lexfed.internal.jurisdiction.CompileSnapshots}), and the completion of a scenario's unknown
 * state-law and local-policy facts with the law in force on its date. Not API.
 */
package io.lexfed.internal.jurisdiction;
