package io.lexfed.internal.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The snapshot format: the shipped registry snapshot equals the YAML it was compiled from, and a
 * snapshot that is stale, damaged or of another layout is refused whole, with a message saying
 * what is wrong and how to fix it.
 */
class SnapshotTest {
    static final String FINGERPRINT = Snapshot.rulesFingerprint();

    static byte[] shipped() throws IOException {
        try (InputStream in = SnapshotTest.class.getResourceAsStream(Registry.SNAPSHOT)) {
            assertThat(in).as("the build compiles " + Registry.SNAPSHOT).isNotNull();
            return in.readAllBytes();
        }
    }

    static Registry decode(byte[] bytes, String fingerprint) {
        return Snapshot.read("registry.bin", bytes, fingerprint, Registry.SCHEMA, Registry::decode);
    }

    @Test
    void theShippedRegistryEqualsTheYamlFieldByFieldAndInOrder() {
        Registry yaml = Registry.fromYaml(Registry.YAML);
        Registry loaded = Registry.load();
        assertThat(loaded.authorities()).hasSize(yaml.authorities().size()).hasSizeGreaterThan(100);
        assertThat(List.copyOf(loaded.authorities().values())).isEqualTo(List.copyOf(yaml.authorities().values()));
        assertThat(List.copyOf(loaded.doctrines().values())).isEqualTo(List.copyOf(yaml.doctrines().values()));
        assertThat(loaded.authorities().values()).anyMatch(a -> a.context() != null).anyMatch(a -> a.context() == null)
                .anyMatch(a -> a.inForceUntil() != null);
    }

    @Test
    void aSnapshotIsKeyedToTheRulesItWasCompiledFrom() {
        assertThat(decode(Registry.fromYaml(Registry.YAML).snapshot(FINGERPRINT), FINGERPRINT).authorities()).isNotEmpty();
        assertThatThrownBy(() -> decode(shipped(), "sha256:0123")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is stale: it was compiled from rules " + FINGERPRINT + " but this library's rules are sha256:0123")
                .hasMessageContaining("rebuild the library (mvn package)");
    }

    @Test
    void aFlippedByteAnywhereInTheBodyIsCaughtByTheChecksum() throws IOException {
        byte[] bytes = shipped();
        for (int at : new int[] {bytes.length - 1, bytes.length / 2, bytes.length - 1000}) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= 0x20;
            assertThatThrownBy(() -> decode(damaged, FINGERPRINT)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is corrupt: its checksum does not match");
        }
    }

    @Test
    void aTruncatedOrPaddedSnapshotIsRefusedBeforeDecoding() throws IOException {
        byte[] bytes = shipped();
        assertThatThrownBy(() -> decode(Arrays.copyOf(bytes, bytes.length - 1), FINGERPRINT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is truncated or padded");
        assertThatThrownBy(() -> decode(Arrays.copyOf(bytes, bytes.length + 4), FINGERPRINT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is truncated or padded");
        assertThatThrownBy(() -> decode(Arrays.copyOf(bytes, 10), FINGERPRINT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is truncated: its header is incomplete");
        assertThatThrownBy(() -> decode(new byte[0], FINGERPRINT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is truncated: its header is incomplete");
    }

    @Test
    void anotherFormatOrOtherEnumConstantsAreRefused() throws IOException {
        byte[] bytes = shipped();
        assertThatThrownBy(() -> decode("not a snapshot at all, just text".getBytes(), FINGERPRINT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not a LexFed snapshot");
        byte[] future = bytes.clone();
        ByteBuffer.wrap(future).putInt(4, Snapshot.FORMAT + 1);
        assertThatThrownBy(() -> decode(future, FINGERPRINT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has format " + (Snapshot.FORMAT + 1) + ", this library reads format " + Snapshot.FORMAT);
        assertThatThrownBy(() -> Snapshot.read("registry.bin", bytes, FINGERPRINT, Registry.SCHEMA + 1, Registry::decode))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("other enum constants");
        assertThat(Snapshot.schema(Authority.Kind.values())).isNotEqualTo(Snapshot.schema(Authority.Rank.values()));
    }

    @Test
    void aDecoderThatDisagreesWithTheWriterIsRefusedNotHalfRead() {
        byte[] two = Snapshot.seal(FINGERPRINT, 7, new Snapshot.Writer().writeString("a").writeString("b").toByteArray());
        String both = Snapshot.read("t", two, FINGERPRINT, 7, r -> r.readString() + r.readString());
        assertThat(both).isEqualTo("ab");
        assertThatThrownBy(() -> Snapshot.read("t", two, FINGERPRINT, 7, Snapshot.Reader::readString)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bytes left after decoding");
        assertThatThrownBy(() -> Snapshot.read("t", two, FINGERPRINT, 7, r -> r.readLong() + r.readString()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not decode");
    }

    @Test
    void nullsAndNonAsciiTextSurviveTheRoundTrip() {
        LocalDate day = LocalDate.of(1788, 6, 21);
        byte[] bytes = Snapshot.seal(FINGERPRINT, 1, new Snapshot.Writer().writeString(null).writeString("").writeString("§ 1357(a) — “ok”")
                .writeNullableBoolean(null).writeNullableBoolean(false).writeNullableBoolean(true).writeDate(null).writeDate(day)
                .writeEnum(null).writeEnum(Authority.Kind.CASE).writeStrings(List.of("x", "y")).toByteArray());
        List<Object> read = Snapshot.read("t", bytes, FINGERPRINT, 1, r -> Arrays.asList(r.readString(), r.readString(), r.readString(),
                r.readNullableBoolean(), r.readNullableBoolean(), r.readNullableBoolean(), r.readDate(), r.readDate(),
                r.readEnum(Authority.Kind.values()), r.readEnum(Authority.Kind.values()), r.readStrings()));
        assertThat(read).containsExactly(null, "", "§ 1357(a) — “ok”", null, false, true, null, day, null, Authority.Kind.CASE, List.of("x", "y"));
    }
}
