/**
 * The integrator's test kit: AssertJ assertions for determinations ({@link io.lexfed.testing.LexFedAssertions})
 * and a JUnit 5 factory that runs a folder of your own scenario files as dynamic tests
 * ({@link io.lexfed.testing.LexFedScenarios}). AssertJ and the JUnit Jupiter API are optional
 * dependencies of LexFed: declare them in your own test scope to use this package.
 */
package io.lexfed.testing;
