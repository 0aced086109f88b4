package io.lexfed.internal.kie;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Sessions of one built rule network. Building a session's node memories dominates a small
 * evaluation, and resetting every memory of the network costs nearly as much, so an emptied session
 * is kept for reuse (see {@link Session}). Kept apart from {@link RuleBase}, the rules' checked
 * provenance, so that a first session can run while that check is still going on. Thread-safe.
 */
public final class Sessions {
    private final KieBase kieBase;
    private final ConcurrentLinkedQueue<KieSession> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final int maxIdle = 2 * Runtime.getRuntime().availableProcessors();

    public Sessions(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /**
     * An empty session: an idle one if there is one, else a new one. Sessions keep Drools' default
     * thread-safe configuration even though each is used by one thread at a time: with
     * {@code ThreadSafeOption.NO} the executable model's consequences reuse state held by the shared
     * knowledge base, and concurrent evaluations then fail (ConcurrencyTest, whose engine has no session cache, so every evaluation runs the rules).
     */
    KieSession take() {
        KieSession s = idle.poll();
        if (s == null) {
            return kieBase.newKieSession();
        }
        idleCount.decrementAndGet();
        return s;
    }

    /** Takes back an emptied session for reuse, or disposes of it when enough are idle. */
    void release(KieSession s) {
        if (idleCount.incrementAndGet() <= maxIdle) {
            idle.offer(s);
        } else {
            idleCount.decrementAndGet();
            s.dispose();
        }
    }
}
