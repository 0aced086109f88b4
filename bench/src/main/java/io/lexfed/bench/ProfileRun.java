package io.lexfed.bench;

import io.lexfed.LexFed;
import io.lexfed.baseline.HandWrittenEvaluator;
import io.lexfed.scenario.Scenario;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * One thread evaluating the generated three-doctrine workload without the session cache, for a
 * profiler to watch: {@code java -Dlexfed.sessionCache=0 -XX:StartFlightRecording=... -cp
 * bench/target/benchmarks.jar io.lexfed.bench.ProfileRun SECONDS}. Prints determinations per second (of the wall
 * clock and of the thread's CPU time) and bytes allocated per determination, measured after a warm-up of a third of
 * the time.
 */
public final class ProfileRun {
    private ProfileRun() {
    }

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 30;
        List<Scenario> scenarios = Scenarios.generated(Scenarios.where(s -> HandWrittenEvaluator.ACTIONS.contains(s.action())), 200_000, 20261127L);
        LexFed engine = LexFed.engine();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long measureFrom = System.nanoTime() + seconds * 1_000_000_000L / 3;
        int i = 0;
        long n = 0;
        long bytes0 = 0;
        long t0 = 0;
        long cpu0 = 0;
        boolean measuring = false;
        while (System.nanoTime() < end) {
            if (!measuring && System.nanoTime() >= measureFrom) {
                measuring = true;
                bytes0 = threads.getCurrentThreadAllocatedBytes();
                t0 = System.nanoTime();
                cpu0 = threads.getCurrentThreadCpuTime();
                n = 0;
            }
            engine.evaluate(scenarios.get(i));
            i = (i + 1) % scenarios.size();
            n++;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuSecs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        // per CPU second as well: on a shared machine the thread's own CPU time wanders less than the wall clock
        System.out.printf("uncached, one thread: %.0f determinations/s, %.0f per CPU second, %.1f KB allocated per determination%n", n / secs,
                n / cpuSecs, (threads.getCurrentThreadAllocatedBytes() - bytes0) / (double) n / 1024);
    }
}
