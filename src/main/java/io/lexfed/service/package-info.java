/**
 * The decision service: LexFed over HTTP and JSON for callers outside the JVM, with a page where a
 * person answers one question at a time. Started by {@code lexfed serve}; embedded through
 * {@link io.lexfed.service.DecisionService}. Jetty is an optional dependency of LexFed: declare
 * {@code org.eclipse.jetty:jetty-server} to embed the service. Not legal advice.
 */
package io.lexfed.service;
