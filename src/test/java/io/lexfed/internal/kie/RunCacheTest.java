package io.lexfed.internal.kie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RunCacheTest {
    private final AtomicInteger sessions = new AtomicInteger();

    private Session.Run session() {
        sessions.incrementAndGet();
        return new Session.Run(List.of(), Set.of("r/01-" + sessions.get()));
    }

    @Test
    void aSecondRequestForEqualFactsRunsNoSession() {
        RunCache cache = new RunCache(10);
        Session.Run first = cache.get("facts", this::session);
        assertThat(cache.get(new String("facts"), this::session)).isSameAs(first);
        assertThat(sessions).hasValue(1);
    }

    @Test
    void itNeverHoldsMoreThanItsCapacity() {
        RunCache cache = new RunCache(8);
        for (int i = 0; i < 100; i++) {
            cache.get(i, this::session);
        }
        assertThat(cache.size()).isEqualTo(8);
        assertThat(sessions).hasValue(100);
    }

    @Test
    void whenFullItEvictsAnEntryNotUsedSinceTheClockLastPassedNotOneInUse() {
        RunCache cache = new RunCache(3);
        cache.get("a", this::session);
        cache.get("b", this::session);
        cache.get("c", this::session);
        cache.get("a", this::session);
        cache.get("d", this::session);
        assertThat(sessions).hasValue(4);
        cache.get("a", this::session);
        assertThat(sessions).as("a was used, so it stayed").hasValue(4);
        cache.get("b", this::session);
        assertThat(sessions).as("b was not, so it made room for d").hasValue(5);
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void capacityZeroRunsEverySession() {
        RunCache cache = new RunCache(0);
        cache.get("facts", this::session);
        cache.get("facts", this::session);
        assertThat(sessions).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aCapacityThatIsNotANumberIsRefusedByName() {
        String old = System.getProperty(RunCache.CAPACITY_PROPERTY);
        System.setProperty(RunCache.CAPACITY_PROPERTY, "lots");
        try {
            assertThatThrownBy(RunCache::fromSystemProperty).hasMessageContaining("lexfed.sessionCache").hasMessageContaining("'lots'");
        } finally {
            if (old == null) {
                System.clearProperty(RunCache.CAPACITY_PROPERTY);
            } else {
                System.setProperty(RunCache.CAPACITY_PROPERTY, old);
            }
        }
    }

    @Test
    void aRunCannotBeChangedOnceMade() {
        Session.Run run = new Session.Run(new java.util.ArrayList<>(), new java.util.LinkedHashSet<>(List.of("a/01-x")));
        assertThatThrownBy(() -> run.rulesFired().add("b/01-y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> run.derived().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
