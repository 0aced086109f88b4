package io.lexfed.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexfed.json.LexFedJson;
import io.lexfed.scenario.InvalidScenarioException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
/**
 * {@code lexfed batch}: many scenarios from a JSON Lines file, evaluated in parallel, answered in
 * input order; one instance per run, as it counts the bad lines and internal errors it writes.
 */
final class BatchCommand {
    static final Command COMMAND = new Command("batch", List.of(
            "Evaluates one scenario per line of a JSON Lines file, streaming, in parallel, with output in input order.",
            "Each output line is {\"line\":N,\"determination\":{...}} or {\"line\":N,\"error\":{...}}; a bad line does not stop the rest.",
            "With --progress, or when stderr is a terminal, a progress line goes to stderr every few seconds: lines done, "
                    + "percentage of the input file and time left. Exit status 2 if any line was bad input.",
            "With --resume, an interrupted run picks up where its output file ends: a partly written last record is dropped and "
                    + "the input lines already answered are skipped, so the finished file is the one an uninterrupted run writes; "
                    + "OUT.jsonl.input names the input (size and SHA-256), and a resume on any other input is refused.",
            "A line ends at LF; a line over 1 MiB, or not valid UTF-8, is a bad-input record for that line."),
            new Command.Operand("IN.jsonl", "input file, one scenario JSON object per line, or - for standard input", true),
            List.of(Command.Option.text("--out", "OUT.jsonl", null, "output file (default: standard output)"),
                    Command.Option.flag("--resume", "continue an interrupted run into the existing --out file"),
                    Command.Option.flag("--progress", "progress on stderr (percentage and time left) even when it is not a terminal"),
                    Command.Option.integer("--threads", "<threads>", "0", "worker threads (default: one per core)"),
                    Command.Option.choice("--format", "<format>", "json, the only format: one JSON object per line (accepted so that every "
                            + "command takes --format json)", "json")),
            Command.Engine.LOAD_EARLY, (args, stdout, stderr) -> new BatchCommand(args, stdout, stderr).call());

    private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

    private final String in;
    private final Path out;
    private final int threads;
    private final boolean resume;
    private final boolean progress;
    private final PrintWriter stdout;
    private final PrintWriter stderr;

    private static final java.util.regex.Pattern RECORD = java.util.regex.Pattern.compile("^\\{\"line\":(\\d+),\"(determination|error)\":(\\{\"kind\":\"(\\w+)\")?");

    /** One output record and whether it reports an error. */
    private record Result(String json, String errorKind) {
    }

    /** A line being evaluated, and where it ends in the input, for the progress line. */
    private record Pending(Future<Result> result, long line, long endsAtByte) {
    }

    private long badLines;
    private long internalErrors;

    private BatchCommand(Args args, PrintWriter stdout, PrintWriter stderr) {
        in = args.operand();
        out = args.text("--out") == null ? null : Path.of(args.text("--out"));
        threads = args.integer("--threads");
        resume = args.flag("--resume");
        progress = args.flag("--progress") || stderrIsTerminal();
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Whether the process's stderr is a terminal. Java 17 cannot ask that of one stream, so on Linux
     * the descriptor's link under /proc says; elsewhere an interactive console (stdin and stdout
     * both terminals) stands in for it.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }

    private int call() throws IOException {
        if (resume && out == null) {
            throw new BadInputException("--resume", "needs --out: the output file to continue");
        }
        if (resume && "-".equals(in)) {
            throw new BadInputException("--resume", "needs an input file: standard input cannot be checked against the run it continues");
        }
        if (out != null && !"-".equals(in) && Files.exists(out) && Files.exists(Path.of(in)) && Files.isSameFile(out, Path.of(in))) {
            throw new BadInputException("--out", "is the input file: writing it would destroy the input");
        }
        String fingerprint = "-".equals(in) ? null : fingerprint(Path.of(in));
        long done = resume ? resumePoint(fingerprint) : 0;
        if (out != null && fingerprint != null) {
            Files.writeString(inputRecord(), fingerprint + "\n", StandardCharsets.UTF_8);
        }
        Lines reader = open();
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "lexfed-batch");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        long size = "-".equals(in) ? -1 : Files.size(Path.of(in));
        Progress shown = new Progress(start, size, done);
        long lineNo = 0;
        try (Writer w = writer(); reader) {
            ArrayDeque<Pending> pending = new ArrayDeque<>();
            for (Lines.Line line; (line = reader.next()) != null; ) {
                lineNo++;
                if (lineNo <= done) {
                    shown.resumedAt(reader.consumed());
                    continue;
                }
                if (line.text() != null && line.text().isBlank()) {
                    continue;
                }
                long n = lineNo;
                Lines.Line text = line;
                pending.add(new Pending(pool.submit(() -> text.problem() != null ? error(n, "BAD_INPUT", "$", text.problem()) : evaluate(n, text.text())),
                        n, reader.consumed()));
                while (pending.size() > workers * 256L || (!pending.isEmpty() && pending.peek().result().isDone())) {
                    shown.written(write(w, pending.poll()));
                }
            }
            while (!pending.isEmpty()) {
                shown.written(write(w, pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        stderr.printf("lexfed batch: done, %d lines, %d bad input, %d internal errors, %.1f s%n", lineNo, badLines, internalErrors, seconds);
        return internalErrors > 0 ? Main.INTERNAL_ERROR : badLines > 0 ? Main.BAD_INPUT : Main.OK;
    }

    private Lines open() throws IOException {
        if ("-".equals(in)) {
            return new Lines(System.in, Inputs.MAX_BYTES);
        }
        Path p = Path.of(in);
        if (!Files.isRegularFile(p)) {
            throw new BadInputException(in, Files.exists(p) ? "not a regular file" : "no such file");
        }
        return new Lines(Files.newInputStream(p), Inputs.MAX_BYTES);
    }

    // beside the output: which input the run answers, so that a resume on another input is refused
    private Path inputRecord() {
        return out.resolveSibling(out.getFileName() + ".input");
    }

    /** The input file's size and SHA-256, read once. */
    private static String fingerprint(Path p) throws IOException {
        if (!Files.isRegularFile(p)) {
            return null;
        }
        try (java.io.InputStream s = Files.newInputStream(p)) {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] b = new byte[1 << 16];
            long size = 0;
            for (int k; (k = s.read(b)) > 0; ) {
                sha.update(b, 0, k);
                size += k;
            }
            return "size " + size + " sha256 " + java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Writer writer() throws IOException {
        if (out == null) {
            return new java.io.FilterWriter(stdout) {
                @Override
                public void close() {
                    stdout.flush();
                }
            };
        }
        return resume ? Files.newBufferedWriter(out, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND) : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }

    /**
     * The last input line the output file answers, after cutting the file back to its last whole
     * record; the bad lines it already reports are counted again, so the exit status covers the
     * whole run. A file that does not end in records of this command is refused, not overwritten.
     */
    private long resumePoint(String fingerprint) throws IOException {
        if (!Files.exists(out)) {
            return 0;
        }
        String started = Files.exists(inputRecord()) ? Files.readString(inputRecord(), StandardCharsets.UTF_8).strip() : null;
        if (started == null) {
            throw new BadInputException(out.toString(), "cannot resume: " + inputRecord().getFileName()
                    + ", which names the input the run started on, is missing");
        }
        if (!started.equals(fingerprint)) {
            throw new BadInputException(in, "cannot resume: this is not the input the run started on (" + started + "; now "
                    + fingerprint + ")");
        }
        long last = 0;
        long keep = 0;
        long offset = 0;
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(out), 1 << 16)) {
            // a record's first bytes say which line it answers; the rest need not be held
            java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
            for (int b; (b = in.read()) != -1; ) {
                offset++;
                if (b != '\n') {
                    if (head.size() < 128) {
                        head.write(b);
                    }
                    continue;
                }
                java.util.regex.Matcher m = RECORD.matcher(head.toString(StandardCharsets.UTF_8));
                if (!m.find() || Long.parseLong(m.group(1)) <= last) {
                    throw new BadInputException(out.toString(), "cannot resume: the record ending at byte " + offset
                            + " is not one of lexfed batch's records in input order");
                }
                last = Long.parseLong(m.group(1));
                if ("BAD_INPUT".equals(m.group(4))) {
                    badLines++;
                } else if ("INTERNAL".equals(m.group(4))) {
                    internalErrors++;
                }
                keep = offset;
                head.reset();
            }
        }
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(out, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(keep);
        }
        stderr.printf("lexfed batch: resuming after input line %d (%d bytes of %s kept)%n", last, keep, out);
        return last;
    }

    private Pending write(Writer w, Pending p) throws IOException {
        Result record;
        try {
            record = p.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new UncheckedIOException(new IOException(e.getCause()));
        }
        if ("BAD_INPUT".equals(record.errorKind())) {
            badLines++;
        } else if ("INTERNAL".equals(record.errorKind())) {
            internalErrors++;
        }
        w.write(record.json());
        w.write('\n');
        return p;
    }

    /**
     * The progress line: at the first line answered (so a short run shows one too), then every few
     * seconds. The share done is by bytes of the input file, which lines of any length measure
     * fairly; the time left assumes the rest goes at the pace so far. Standard input has no size,
     * so it gets counts and rate only.
     */
    private final class Progress {
        private final long start;
        private final long size;
        private final long skipped;
        private long skippedBytes;
        private long last;

        Progress(long start, long size, long skipped) {
            this.start = start;
            this.size = size;
            this.skipped = skipped;
        }

        void resumedAt(long bytes) {
            skippedBytes = bytes;
        }

        void written(Pending p) {
            long now = System.nanoTime();
            if (!progress || last != 0 && now - last < PROGRESS_EVERY_NANOS) {
                return;
            }
            last = now;
            double seconds = Math.max(1e-9, (now - start) / 1e9);
            String rate = String.format(java.util.Locale.ROOT, "%.0f lines/s", (p.line() - skipped) / seconds);
            if (size <= 0) {
                stderr.printf("lexfed batch: %d lines, %d bad, %s%n", p.line(), badLines, rate);
                return;
            }
            double share = Math.min(1.0, (double) p.endsAtByte() / size);
            long left = Math.round(seconds * (size - p.endsAtByte()) / Math.max(1, p.endsAtByte() - skippedBytes));
            stderr.printf(java.util.Locale.ROOT, "lexfed batch: %.1f%% (%d lines, %d bad, %s), ETA %d:%02d%n", share * 100, p.line(), badLines,
                    rate, left / 60, left % 60);
        }
    }

    private static Result evaluate(long line, String text) {
        try {
            return new Result("{\"line\":" + line + ",\"determination\":"
                    + LexFedJson.writeLine(EngineLoad.engine().evaluate(LexFedJson.readScenario(text))) + "}", null);
        } catch (InvalidScenarioException e) {
            return error(line, "BAD_INPUT", "$" + (e.path().isEmpty() ? "" : "." + e.path()), e.problem());
        } catch (RuntimeException e) {
            return error(line, "INTERNAL", "$", e.toString());
        }
    }

    private static Result error(long line, String kind, String path, String message) {
        // no ObjectMapper held here: Main declares every command at start-up, and one would be built then
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("line", line);
        ObjectNode e = n.putObject("error");
        e.put("kind", kind);
        e.put("path", path);
        e.put("message", message);
        return new Result(n.toString(), kind);
    }
}
