package io.lexfed.internal.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.authority.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped knowledge-base snapshot is the YAML it was compiled from, and is checked against the registry it is loaded with. */
class JurisdictionSnapshotTest {
    static final Registry REGISTRY = Registry.load();

    @Test
    void theShippedKnowledgeBaseEqualsTheYamlFieldByFieldAndInOrder() {
        KnowledgeBase yaml = KnowledgeBase.load(Registry.fromYaml(Registry.YAML), KnowledgeBase.YAML);
        KnowledgeBase loaded = KnowledgeBase.load(REGISTRY);
        assertThat(List.copyOf(loaded.files().keySet())).isEqualTo(List.copyOf(yaml.files().keySet())).hasSize(51);
        assertThat(List.copyOf(loaded.files().values())).isEqualTo(List.copyOf(yaml.files().values()));
        // the equality above covers these; they are named so that a snapshot dropping them cannot pass vacuously
        assertThat(loaded.files().values()).anyMatch(f -> !f.localities().isEmpty())
                .anyMatch(f -> f.provisions().stream().anyMatch(p -> p.status() != null && p.inForceUntil() != null));
    }

    @Test
    void theSnapshotIsCheckedAgainstTheRegistryItIsLoadedWith() {
        // a registry without the authorities the provisions cite: the library must refuse to load, as with the YAML
        Registry fixture = Registry.fromYaml("/registry-fixture/");
        assertThatThrownBy(() -> KnowledgeBase.load(fixture)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LexFed's jurisdiction knowledge base is inconsistent")
                .hasMessageContaining("AL: provision al-hb56-bans-sanctuary-policies cites unknown authority ala-hb56-2011");
    }

    @Test
    void aSnapshotWrittenFromFixturesReadsBackEqual() {
        KnowledgeBase fixture = KnowledgeBase.load(REGISTRY, "/kb-fixture/");
        String fingerprint = Snapshot.rulesFingerprint();
        JurisdictionSnapshot.Decoded read = Snapshot.read("fixture", fixture.snapshot(fingerprint), fingerprint, JurisdictionSnapshot.SCHEMA,
                JurisdictionSnapshot::decode);
        assertThat(read.files()).isEqualTo(fixture.files());
        assertThat(read.kinds()).isEqualTo(fixture.kinds());
    }
}
