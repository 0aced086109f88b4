package io.lexfed.bench;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Each benchmark thread's place in a workload, walked in order from a random start. */
@State(Scope.Thread)
public class Cursor {
    private int next;

    // threads start apart, so one does not find the other's fresh results waiting in the session cache
    @Setup
    public void start() {
        next = ThreadLocalRandom.current().nextInt(1 << 20);
    }

    <T> T next(List<T> workload) {
        return workload.get(next++ % workload.size());
    }
}
