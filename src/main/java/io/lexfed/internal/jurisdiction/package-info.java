/**
 * The jurisdiction knowledge base: dated provisions of every state's law and of key localities'
 * policies, read from {@code rules/jurisdictions/}, and the completion of a scenario's unknown
 * state-law and local-policy facts with the law in force on its date. Not API.
 */
package io.lexfed.internal.jurisdiction;
