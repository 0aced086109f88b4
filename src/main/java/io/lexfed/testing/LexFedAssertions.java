package io.lexfed.testing;

import io.lexfed.determination.Determination;

/**
 * Entry point of the test kit's assertions:
 * {@code LexFedAssertions.assertThat(d).isProhibited().cites("usc-8-1357g").hasReasonFrom("supremacy-immunity")}.
 * Import it statically beside AssertJ's {@code Assertions}; the two do not clash, since this one
 * takes only a {@link Determination}.
 */
public final class LexFedAssertions {
    private LexFedAssertions() {
    }

    /**
     * Starts an assertion on a determination.
     *
     * @param actual the determination under test
     * @return the assertion, to chain further checks on
     */
    public static DeterminationAssert assertThat(Determination actual) {
        return new DeterminationAssert(actual);
    }
}
