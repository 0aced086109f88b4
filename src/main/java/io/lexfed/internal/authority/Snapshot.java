package io.lexfed.internal.authority;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * The binary form in which the registries and the knowledge base ship, compiled at build time from
 * the YAML under {@code rules/} (which stays the source of truth) so that start-up reads them
 * without a YAML parser, data binding or reflection. A snapshot is a header (magic, format version,
 * the rules fingerprint it was compiled from, a hash of the enum constants it encodes by ordinal,
 * the body's length and CRC-32) followed by the body; it is checked whole before any of it is
 * decoded, so a stale or damaged snapshot is refused with a message and never half read.
 * Everything in it was validated by the YAML loader when it was compiled.
 */
public final class Snapshot {
    /** Bump whenever the layout of any snapshot body changes. */
    static final int FORMAT = 4;
    private static final int MAGIC = 0x4C584653; // "LXFS"
    private static final String FINGERPRINT = "/io/lexfed/rules-fingerprint.properties";
    private static final long NO_DATE = Long.MIN_VALUE;

    private Snapshot() {
    }

    /**
     * The SHA-256 fingerprint of {@code rules/} stamped into the library at build time; snapshots
     * are keyed to it, and determinations name it.
     */
    public static String rulesFingerprint() {
        return Stamp.FINGERPRINT;
    }

    private static final class Stamp {
        static final String FINGERPRINT = readFingerprint();
    }

    private static String readFingerprint() {
        try (InputStream in = Snapshot.class.getResourceAsStream(FINGERPRINT)) {
            if (in == null) {
                throw new IllegalStateException(FINGERPRINT + " is missing: the library was not built by its Maven build");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("fingerprint");
            if (v == null || v.isBlank() || v.contains("${")) {
                throw new IllegalStateException(FINGERPRINT + " has no fingerprint");
            }
            return v.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A hash of the names of the given enums' constants, in order: a snapshot stores enum constants
     * by ordinal, so one written against differently ordered constants must not be decoded.
     */
    public static int schema(Enum<?>[]... constantsOfEachType) {
        int h = 1;
        for (Enum<?>[] constants : constantsOfEachType) {
            h = 31 * h + constants[0].getDeclaringClass().getName().hashCode();
            for (Enum<?> c : constants) {
                h = 31 * h + c.name().hashCode();
            }
        }
        return h;
    }

    /** The bytes of a snapshot: a header describing {@code body}, then the body. */
    public static byte[] seal(String fingerprint, int schema, byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        Writer sealed = new Writer().writeInt(MAGIC).writeInt(FORMAT).writeString(fingerprint).writeInt(schema).writeInt(body.length)
                .writeLong(crc.getValue());
        sealed.out.writeBytes(body);
        return sealed.toByteArray();
    }

    /**
     * Decodes the snapshot at classpath {@code resource} with {@code body}, after checking its
     * header against this library: format, rules fingerprint, enums, length and checksum. Throws
     * {@link IllegalStateException} naming the snapshot and the remedy if any check fails or the
     * body does not decode to exactly its end.
     */
    public static <T> T read(String resource, int schema, Function<Reader, T> body) {
        byte[] bytes;
        try (InputStream in = Snapshot.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("snapshot " + resource + " is missing from the classpath: the library was not built by its Maven build");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read snapshot " + resource + ": " + e.getMessage(), e);
        }
        return read(resource, bytes, rulesFingerprint(), schema, body);
    }

    /** As {@link #read(String, int, Function)}, on bytes already read, against the given fingerprint. */
    public static <T> T read(String name, byte[] bytes, String fingerprint, int schema, Function<Reader, T> body) {
        String rebuild = "; rebuild the library (mvn package) to regenerate it from rules/";
        Reader r = new Reader(bytes);
        try {
            if (r.readInt() != MAGIC) {
                throw new IllegalStateException("snapshot " + name + " is not a LexFed snapshot" + rebuild);
            }
            int format = r.readInt();
            if (format != FORMAT) {
                throw new IllegalStateException("snapshot " + name + " has format " + format + ", this library reads format " + FORMAT + rebuild);
            }
            String compiledFrom = r.readString();
            if (!fingerprint.equals(compiledFrom)) {
                throw new IllegalStateException("snapshot " + name + " is stale: it was compiled from rules " + compiledFrom
                        + " but this library's rules are " + fingerprint + rebuild);
            }
            if (r.readInt() != schema) {
                throw new IllegalStateException("snapshot " + name + " was written against other enum constants than this library's" + rebuild);
            }
            int length = r.readInt();
            long crc = r.readLong();
            if (length != bytes.length - r.pos) {
                throw new IllegalStateException("snapshot " + name + " is truncated or padded: its body should be " + length + " bytes, not "
                        + (bytes.length - r.pos) + rebuild);
            }
            CRC32 actual = new CRC32();
            actual.update(bytes, r.pos, length);
            if (actual.getValue() != crc) {
                throw new IllegalStateException("snapshot " + name + " is corrupt: its checksum does not match" + rebuild);
            }
        } catch (IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IllegalStateException("snapshot " + name + " is truncated: its header is incomplete" + rebuild, e);
        }
        return decodeWhole("snapshot " + name, rebuild, r, body);
    }

    // the checksum matched, so a body that does not decode, or leaves bytes over, means the writer and this reader disagree on the layout
    private static <T> T decodeWhole(String what, String rebuild, Reader r, Function<Reader, T> body) {
        T value;
        try {
            value = body.apply(r);
        } catch (RuntimeException e) {
            throw new IllegalStateException(what + " does not decode (" + e + "); its layout does not match this library's" + rebuild, e);
        }
        if (r.pos != r.bytes.length) {
            throw new IllegalStateException(what + " has " + (r.bytes.length - r.pos)
                    + " bytes left after decoding; its layout does not match this library's" + rebuild);
        }
        return value;
    }

    /** Writes a body; strings are length-prefixed UTF-8, so that reading one is a single bulk decode. */
    public static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);

        /** Big-endian, as {@link java.io.DataOutput#writeInt}. */
        public Writer writeInt(int v) {
            out.write(v >>> 24);
            out.write(v >>> 16);
            out.write(v >>> 8);
            out.write(v);
            return this;
        }

        public Writer writeLong(long v) {
            return writeInt((int) (v >>> 32)).writeInt((int) v);
        }

        public Writer writeBoolean(boolean v) {
            return writeInt(v ? 1 : 0);
        }

        /** A nullable {@code Boolean}: null, false and true stay distinct. */
        public Writer writeNullableBoolean(Boolean v) {
            return writeInt(v == null ? -1 : v ? 1 : 0);
        }

        /** A nullable string. */
        public Writer writeString(String v) {
            if (v == null) {
                return writeInt(-1);
            }
            byte[] utf8 = v.getBytes(StandardCharsets.UTF_8);
            writeInt(utf8.length);
            out.writeBytes(utf8);
            return this;
        }

        /** A nullable date, as its epoch day. */
        public Writer writeDate(LocalDate v) {
            return writeLong(v == null ? NO_DATE : v.toEpochDay());
        }

        /** A nullable enum constant, by ordinal (the header's schema hash guards the order). */
        public Writer writeEnum(Enum<?> v) {
            return writeInt(v == null ? -1 : v.ordinal());
        }

        public Writer writeStrings(List<String> v) {
            writeInt(v.size());
            v.forEach(this::writeString);
            return this;
        }

        /** A part of the body written apart, length-prefixed, so that a reader can keep it undecoded until it is asked for. */
        public Writer writeBlob(byte[] v) {
            writeInt(v.length);
            out.writeBytes(v);
            return this;
        }

        public byte[] toByteArray() {
            return out.toByteArray();
        }
    }

    /** Reads a body written by {@link Writer}, in the same order. */
    public static final class Reader {
        private final byte[] bytes;
        private int pos;

        private Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        public int readInt() {
            Objects.checkFromIndexSize(pos, 4, bytes.length);
            int v = (bytes[pos] & 0xff) << 24 | (bytes[pos + 1] & 0xff) << 16 | (bytes[pos + 2] & 0xff) << 8 | bytes[pos + 3] & 0xff;
            pos += 4;
            return v;
        }

        public long readLong() {
            return (long) readInt() << 32 | readInt() & 0xffffffffL;
        }

        public boolean readBoolean() {
            return readInt() != 0;
        }

        /** A nullable {@code Boolean}. */
        public Boolean readNullableBoolean() {
            int v = readInt();
            return v < 0 ? null : v != 0;
        }

        /** A nullable string. */
        public String readString() {
            int length = readInt();
            if (length < 0) {
                return null;
            }
            Objects.checkFromIndexSize(pos, length, bytes.length);
            String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
            pos += length;
            return s;
        }

        /** A nullable date. */
        public LocalDate readDate() {
            long day = readLong();
            return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
        }

        /** A nullable enum constant, given its type's {@code values()}. */
        public <E extends Enum<E>> E readEnum(E[] values) {
            int ordinal = readInt();
            return ordinal < 0 ? null : values[ordinal];
        }

        public List<String> readStrings() {
            int n = readInt();
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(readString());
            }
            return out;
        }

        /** A part written by {@link Writer#writeBlob}, undecoded; {@link #decodeBlob} reads it later. */
        public byte[] readBlob() {
            int length = readInt();
            Objects.checkFromIndexSize(pos, length, bytes.length);
            byte[] blob = Arrays.copyOfRange(bytes, pos, pos + length);
            pos += length;
            return blob;
        }
    }

    /**
     * Decodes a part kept undecoded by {@link Reader#readBlob}. It was checked whole with the snapshot, so a part that does
     * not decode, or leaves bytes over, means the writer and this reader disagree on its layout.
     */
    public static <T> T decodeBlob(String name, byte[] blob, Function<Reader, T> body) {
        return decodeWhole("snapshot part " + name, "", new Reader(blob), body);
    }
}
