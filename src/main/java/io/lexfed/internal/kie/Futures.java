package io.lexfed.internal.kie;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Start-up work on other threads: started on a daemon thread, and waited for with its failure thrown as if done here. */
public final class Futures {
    private Futures() {
    }

    /**
     * {@code work} started now on a daemon thread of its own: start-up work that must not wait for
     * the common pool (one worker on two cores, already building the rule network) nor keep the JVM
     * alive when the program is done without it.
     */
    public static <T> CompletableFuture<T> onDaemonThread(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        });
    }

    /** The result, or the task's own unchecked exception or error rather than a CompletionException around it. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }
}
