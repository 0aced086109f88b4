package org.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.lexfed.LexFed;
import io.lexfed.determination.Citation;
import io.lexfed.determination.Determination;
import io.lexfed.determination.Outcome;
import io.lexfed.json.LexFedJson;
import org.junit.jupiter.api.Test;

/** The public API on the runtime classpath LexFed's pom gives a user: a JSON scenario in, a cited determination out. */
class EvaluateTest {

    @Test
    void aBostonCourtMayNotHoldOnACivilDetainer() {
        String json = """
                {"date": "2017-08-01", "jurisdiction": {"state": "MA", "locality": "Boston"},
                 "actor": "JUDGE_OR_COURT_STAFF", "action": "HONOR_DETAINER",
                 "federalAction": {"agency": "ICE_ERO", "kind": "DETAINER_REQUEST", "warrant": "ADMINISTRATIVE", "place": "COURTHOUSE"},
                 "detainer": {"form": "OTHER", "warrant": "ADMINISTRATIVE", "probableCauseShown": "YES"},
                 "agreement287g": {"model": "NONE"}, "stateLaw": {"noStatewideLaw": "YES"}}
                """;

        Determination d = LexFed.engine().evaluate(LexFedJson.readScenario(json));

        assertThat(d.outcome()).isEqualTo(Outcome.PROHIBITED);
        // Lunn v. Commonwealth (2017): Massachusetts officers have no power to hold on a civil detainer
        assertThat(d.citations()).extracting(Citation::id).contains("lunn-v-commonwealth-2017");
        assertThat(d.engineVersion()).isEqualTo(LexFed.version());
    }
}
