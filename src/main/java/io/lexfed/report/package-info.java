/**
 * Determinations rendered for people: {@link io.lexfed.report.Report}, the text and Markdown the
 * command line prints and the decision service's explain answer carries.
 */
package io.lexfed.report;
