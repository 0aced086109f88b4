package io.lexfed.internal.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.authority.Snapshot;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A snapshot's files are decoded one at a time, when first asked for, once whichever thread asks, and checked as they are decoded. */
class LazyFilesTest {
    static final KnowledgeBase FIXTURE = KnowledgeBase.load(Registry.load(), "/kb-fixture/");

    static LazyFiles files() {
        String fingerprint = Snapshot.rulesFingerprint();
        return Snapshot.read("fixture", FIXTURE.snapshot(fingerprint), fingerprint, JurisdictionSnapshot.SCHEMA, JurisdictionSnapshot::decode).files();
    }

    @Test
    void aFileIsDecodedWhenFirstAskedForAndOnlyThen() {
        AtomicInteger decoded = new AtomicInteger();
        LazyFiles files = files().checked((st, f) -> decoded.incrementAndGet());
        assertThat(files.size()).isEqualTo(FIXTURE.files().size());
        assertThat(files.containsKey("TX")).isTrue();
        assertThat(files.get("ZZ")).isNull();
        assertThat(decoded).hasValue(0);
        assertThat(files.get("TX")).isEqualTo(FIXTURE.files().get("TX"));
        assertThat(files.get("TX")).isSameAs(files.get("TX"));
        assertThat(decoded).hasValue(1);
        // iterating, in the snapshot's order, decodes the rest
        assertThat(List.copyOf(files.keySet())).isEqualTo(List.copyOf(FIXTURE.files().keySet()));
        assertThat(files).isEqualTo(FIXTURE.files());
        assertThat(decoded).hasValue(FIXTURE.files().size());
    }

    @Test
    void threadsAskingAtOnceDecodeAFileOnce() throws Exception {
        AtomicInteger decoded = new AtomicInteger();
        LazyFiles files = files().checked((st, f) -> decoded.incrementAndGet());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<JurisdictionFile>> asks = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asks.add(pool.submit(() -> {
                    go.await();
                    return files.get("TX");
                }));
            }
            go.countDown();
            JurisdictionFile first = asks.get(0).get();
            for (Future<JurisdictionFile> f : asks) {
                assertThat(f.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(decoded).hasValue(1);
    }

    @Test
    void aCheckThatRefusesAFileRefusesItWhenItIsAskedFor() {
        LazyFiles files = files().checked((st, f) -> {
            throw new IllegalStateException("refused " + st);
        });
        assertThat(files.containsKey("TX")).isTrue();
        assertThatThrownBy(() -> files.get("TX")).isInstanceOf(IllegalStateException.class).hasMessage("refused TX");
    }
}
