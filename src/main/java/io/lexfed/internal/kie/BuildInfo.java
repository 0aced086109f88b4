package io.lexfed.internal.kie;

import io.lexfed.internal.authority.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The library's version and the fingerprint of the rule set it was built from, stamped at build time. */
public record BuildInfo(String version, String rulesFingerprint) {

    /** Reads the stamps bundled in the jar; the fingerprint is the one the registry snapshots were checked against. */
    public static BuildInfo load() {
        return new BuildInfo(read("/io/lexfed/lexfed.properties", "version"), Snapshot.rulesFingerprint());
    }

    private static String read(String resource, String key) {
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the library was not built by its Maven build");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty(key);
            if (v == null || v.isBlank() || v.contains("${")) {
                throw new IllegalStateException(resource + " has no " + key);
            }
            return v.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
