package io.lexfed.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a JSON Lines input, read as bytes: a line ends at LF only (a CR before it is dropped, a
 * CR elsewhere stays in the line, so line numbers never drift); a line over the size limit is skipped
 * to its end without being held and reported as too long; a line that is not valid UTF-8 is reported
 * with the byte where it fails. A file and standard input are read the same way.
 */
final class Lines implements AutoCloseable {
    /** One line: its text, or why it has none. */
    record Line(String text, String problem) {
    }

    private final InputStream in;
    private final int limit;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private long consumed;
    private byte[] line = new byte[1024];
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    Lines(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        int n = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? finish(n, tooLong) : null;
                }
            }
            any = true;
            byte b = buf[pos++];
            consumed++;
            if (b == '\n') {
                return finish(n, tooLong);
            }
            if (tooLong) {
                continue;
            }
            if (n == limit) {
                tooLong = true;
                continue;
            }
            if (n == line.length) {
                line = java.util.Arrays.copyOf(line, Math.min(limit, line.length * 2));
            }
            line[n++] = b;
        }
    }

    /** The bytes of the input read so far, up to the end of the last line returned. */
    long consumed() {
        return consumed;
    }

    private Line finish(int n, boolean tooLong) {
        if (tooLong) {
            return new Line(null, "line is over " + limit + " bytes");
        }
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, n);
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(n);
        CoderResult r = utf8.reset().decode(bytes, chars, true);
        if (!r.isError()) {
            r = utf8.flush(chars);
        }
        if (r.isError()) {
            return new Line(null, "not valid UTF-8 (at byte " + (bytes.position() + 1) + " of the line)");
        }
        return new Line(chars.flip().toString(), null);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
