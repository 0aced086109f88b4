package io.lexfed.internal.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Model287g;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AgreementTest {

    @ParameterizedTest(name = "{0} as {1} in {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
        Bristol County Sheriff's Office      | SHERIFF_OR_JAIL | Bristol County | true
        Bristol County Sheriff's Office      | SHERIFF_OR_JAIL | Bristol        | true
        Bristol County Sheriff’s Office      | SHERIFF_OR_JAIL | Bristol County | true
        Bristol County Sheriff's Office      | LOCAL_POLICE    | Bristol County | false
        Bristol County Sheriff's Office      | SHERIFF_OR_JAIL | Plymouth County| false
        Houston Police Department            | LOCAL_POLICE    | Houston        | true
        City of Mesa Police Department       | LOCAL_POLICE    | Mesa           | true
        Houston Police Department            | SHERIFF_OR_JAIL | Houston        | false
        Harris County Sheriff's Office       | SHERIFF_OR_JAIL | Harris County  | true
        Harris County Sheriff's Office       | SHERIFF_OR_JAIL | Harrison County| false
        Florida Highway Patrol               | STATE_POLICE    |                | true
        Florida Highway Patrol               | LOCAL_POLICE    | Miami          | false
        Nassau County Sheriff's Office       | SHERIFF_OR_JAIL |                | false
        Oldham County Detention Center       | SHERIFF_OR_JAIL | Oldham County  | true
        Las Vegas Metropolitan Police Department | LOCAL_POLICE | Las Vegas     | true
        """)
    void anAgreementBelongsToTheActorsAgencyInTheNamedPlace(String agency, Actor actor, String locality, boolean belongs) {
        Agreement a = new Agreement("XX", agency, Model287g.JAIL_ENFORCEMENT, LocalDate.of(2017, 1, 1), null, "test");
        assertThat(a.belongsTo(actor, locality)).isEqualTo(belongs);
    }

    @Test
    void itIsInForceFromSigningUntilItEnded() {
        Agreement a = new Agreement("AZ", "Maricopa County Sheriff's Office", Model287g.TASK_FORCE, LocalDate.of(2007, 2, 7),
                LocalDate.of(2009, 10, 16), "test");
        assertThat(a.inForceOn(LocalDate.of(2007, 2, 6))).isFalse();
        assertThat(a.inForceOn(LocalDate.of(2007, 2, 7))).isTrue();
        assertThat(a.inForceOn(LocalDate.of(2009, 10, 15))).isTrue();
        assertThat(a.inForceOn(LocalDate.of(2009, 10, 16))).isFalse();
    }

    @Test
    void aCompleteSpanCoversItsFirstDayAndNotItsLast() {
        Agreement.Complete c = new Agreement.Complete("MA", LocalDate.of(2012, 6, 25), LocalDate.of(2025, 5, 16), "test");
        assertThat(c.covers(LocalDate.of(2012, 6, 24))).isFalse();
        assertThat(c.covers(LocalDate.of(2012, 6, 25))).isTrue();
        assertThat(c.covers(LocalDate.of(2025, 5, 16))).isFalse();
        assertThatThrownBy(() -> new Agreement.Complete("MA", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from must come before until");
    }

    @Test
    void anAgreementNeedsAModelAndADateOrder() {
        assertThatThrownBy(() -> new Agreement("MA", "X Sheriff's Office", Model287g.NONE, LocalDate.of(2017, 1, 1), null, "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a model is required");
        assertThatThrownBy(() -> new Agreement("MA", "X Sheriff's Office", Model287g.JAIL_ENFORCEMENT, LocalDate.of(2017, 1, 1),
                LocalDate.of(2016, 1, 1), "s")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signed must come before ended");
    }
}
