/**
 * The decision service: LexFed over HTTP and JSON for callers outside the JVM, with a page where a
 * person answers one question at a time. Started by {@code lexfed serve}; run standalone through
 * {@link io.lexfed.service.DecisionService}, or mounted in a host's own Jetty server through
 * {@link io.lexfed.service.DecisionHandler}. Jetty and Micrometer are optional dependencies of LexFed:
 * declare {@code org.eclipse.jetty:jetty-server} and {@code io.micrometer:micrometer-registry-prometheus}
 * to embed the service. Not legal advice.
 */
package io.lexfed.service;
