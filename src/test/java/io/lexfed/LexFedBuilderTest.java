package io.lexfed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Scenario;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** An engine of one's own: its clock and session cache are its own, its answers the shared engine's. */
class LexFedBuilderTest {

    @Test
    void theBuiltEnginesClockDecidesTheDayOfADatelessScenario() {
        // late on 1 March in Chicago is already 2 March in UTC: the clock's zone decides the day
        Clock chicago = Clock.fixed(Instant.parse("2024-03-02T03:00:00Z"), ZoneId.of("America/Chicago"));
        Scenario undated = Scenario.builder(Actor.PRIVATE_PERSON, Action.OBSERVE_AND_RECORD).build();
        assertThat(LexFed.builder().clock(chicago).build().evaluate(undated).asOf()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(LexFed.builder().clock(chicago.withZone(ZoneOffset.UTC)).build().evaluate(undated).asOf()).isEqualTo(LocalDate.of(2024, 3, 2));
    }

    @Test
    void anEngineWithoutASessionCacheAnswersAsTheSharedEngine() {
        LexFed own = LexFed.builder().sessionCache(0).build();
        for (Scenario s : new Scenario[] {ReadmeExample.scenario(), LexFedEngineTest.DETAINER_IN_MASSACHUSETTS}) {
            assertThat(LexFedJson.write(own.evaluate(s))).isEqualTo(LexFedJson.write(LexFed.engine().evaluate(s)));
        }
    }

    @Test
    void anEngineBuiltInTheBackgroundEvaluates() {
        Scenario s = ReadmeExample.scenario();
        LexFed built = LexFed.builder().sessionCache(8).buildInBackground().join();
        assertThat(built).isNotSameAs(LexFed.engine());
        assertThat(LexFedJson.write(built.evaluate(s))).isEqualTo(LexFedJson.write(LexFed.engine().evaluate(s)));
    }

    @Test
    void aNegativeCacheSizeAndANullClockAreRefused() {
        assertThatThrownBy(() -> LexFed.builder().sessionCache(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> LexFed.builder().clock(null)).isInstanceOf(NullPointerException.class);
    }
}
