package io.lexfed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexfed.registry.LawOnADay;
import io.lexfed.scenario.InvalidScenarioException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link LexFed#lawOnADay}: what the knowledge base holds for a place on a day, through the public API. */
class LawOnADayTest {
    @Test
    void texasOnTheDaySb4sDetainerMandateWasInForce() {
        LawOnADay law = LexFed.lawOnADay("tx", null, LocalDate.of(2019, 6, 1));
        assertThat(law.state()).isEqualTo("TX");
        // Texas is settled for every kind but the kinds of state crime other than entry, which no file settles yet
        assertThat(law.kindsUnknownUnlessListed()).containsExactly("state_registration_crime", "state_work_crime", "state_harboring_crime", "state_smuggling_crime");
        assertThat(law.provisions()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo("MANDATES_DETAINERS");
            assertThat(p.binds()).contains("SHERIFF_OR_JAIL");
            assertThat(p.enjoinedBy()).isNull();
        });
        assertThat(law.localityKnown()).isFalse();
        assertThat(law.localities()).isEmpty();
    }

    @Test
    void aCityComesWithTheCountyItLiesWithin() {
        LawOnADay law = LexFed.lawOnADay("IL", " Chicago ", LocalDate.of(2023, 3, 1));
        assertThat(law.locality()).isEqualTo("Chicago");
        assertThat(law.localityKnown()).isTrue();
        assertThat(law.localities()).extracting(LawOnADay.Place::name).hasSizeGreaterThanOrEqualTo(2).first().asString().contains("Chicago");
    }

    @Test
    void anUnknownTownIsSaidToBeUnknownAndAnUnknownStateIsRefused() {
        LawOnADay law = LexFed.lawOnADay("CA", "Nowhereville", LocalDate.of(2020, 1, 1));
        assertThat(law.localityKnown()).isFalse();
        assertThat(law.localities()).isEmpty();
        assertThatThrownBy(() -> LexFed.lawOnADay("ZZ", null, LocalDate.of(2020, 1, 1))).isInstanceOf(InvalidScenarioException.class);
    }

    @Test
    void aProvisionNarrowerThanItsKindSaysWhatItReaches() {
        LawOnADay law = LexFed.lawOnADay("CA", null, LocalDate.of(2010, 5, 4));
        assertThat(law.provisions()).filteredOn(p -> p.id().equals("ca-hs-11369-drug-arrestee-notice")).singleElement()
                .extracting(LawOnADay.Provision::reach).asString()
                .contains("the acts share information or withhold information").contains("information of the kinds immigration status")
                .contains("for people arrested for one of the 14 drug offenses");
        // a provision as broad as its kind reaches no less than the kind does: nothing to say
        assertThat(LexFed.lawOnADay("TX", null, LocalDate.of(2019, 6, 1)).provisions()).filteredOn(p -> p.kind().equals("MANDATES_DETAINERS"))
                .allSatisfy(p -> assertThat(p.reach()).isNull());
    }

    @Test
    void theDaySaysWhetherThe287gListIsCompleteForTheState() {
        // Massachusetts' history was rebuilt from 2012-06-25 to the list's snapshot of 2025-05-16; Texas' was not
        assertThat(LexFed.lawOnADay("MA", null, LocalDate.of(2018, 6, 1)).agreements287gComplete()).isTrue();
        assertThat(LexFed.lawOnADay("MA", null, LocalDate.of(2012, 6, 24)).agreements287gComplete()).isFalse();
        assertThat(LexFed.lawOnADay("TX", null, LocalDate.of(2018, 6, 1)).agreements287gComplete()).isFalse();
    }
}
