package io.patchbay.discovery;

import io.patchbay.core.PatchbayException;
import io.patchbay.core.Sentence;
import io.patchbay.model.HostTopology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads many hosts at once with bounded parallelism. Each host runs on its own worker with its
 * own deadline: a slow or dead host fails alone and never delays the others' results.
 */
public final class FleetDiscovery implements AutoCloseable {
    /** One host's outcome: a topology or the error that names what went wrong. */
    public record Result(HostSource source, HostTopology topology, PatchbayException error) {
        public boolean ok() {
            return error == null;
        }
    }

    private final ExecutorService pool;
    private final Duration perHostDeadline;

    public FleetDiscovery(int parallelism, Duration perHostDeadline) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "discovery-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(Math.max(1, parallelism), tf);
        this.perHostDeadline = perHostDeadline;
    }

    /** Refreshes every source; results come back in the sources' order. */
    public List<Result> refreshAll(List<? extends HostSource> sources) {
        List<Future<HostTopology>> futures = new ArrayList<>();
        for (HostSource s : sources) {
            futures.add(pool.submit(s::refresh));
        }
        // hosts queue behind the bounded pool: each wave of workers gets the per-host deadline
        int parallelism = ((java.util.concurrent.ThreadPoolExecutor) pool).getMaximumPoolSize();
        long waves = (sources.size() + parallelism - 1) / parallelism;
        long deadline = System.nanoTime() + perHostDeadline.toNanos() * Math.max(1, waves);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            HostSource s = sources.get(i);
            Future<HostTopology> f = futures.get(i);
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                results.add(new Result(s, f.get(left, TimeUnit.NANOSECONDS), null));
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                PatchbayException de = c instanceof PatchbayException d ? d
                        : new PatchbayException(PatchbayException.Reason.OTHER,
                        Sentence.of("fleet.failed", s.describe(), c.getClass().getSimpleName(), c.getMessage()), c);
                results.add(new Result(s, null, de));
            } catch (TimeoutException e) {
                f.cancel(true);
                results.add(new Result(s, null, new PatchbayException(PatchbayException.Reason.REMOTE_FAILED,
                        Sentence.of("fleet.noAnswer", s.describe(), perHostDeadline.toSeconds()))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.add(new Result(s, null, new PatchbayException(PatchbayException.Reason.OTHER,
                        Sentence.of("fleet.interrupted", s.describe()))));
            }
        }
        return results;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
