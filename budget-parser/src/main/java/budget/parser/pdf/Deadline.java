package budget.parser.pdf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The CPU time one document may take. CPU time of the reading thread, not wall-clock time, so that a busy
 * machine does not turn a fair document into a refusal. Checked between pages and every few hundred content
 * operators; exceeding it throws {@link Exceeded}, which the reader turns into TOO_COMPLEX.
 */
final class Deadline {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final boolean cpuTime;
    private final long start;
    private final long limitNanos;

    private Deadline(Duration limit) {
        this.cpuTime = THREADS.isCurrentThreadCpuTimeSupported();
        this.start = now();
        this.limitNanos = limit.toNanos();
    }

    static Deadline start(Duration limit) {
        return new Deadline(limit);
    }

    private long now() {
        return cpuTime ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    void check() {
        if (now() - start > limitNanos) {
            throw new Exceeded(limitNanos);
        }
    }

    /** Thrown through PDFBox's content processing, which swallows most IOExceptions but no runtime ones. */
    static final class Exceeded extends RuntimeException {

        Exceeded(long limitNanos) {
            super("reading took more than " + Duration.ofNanos(limitNanos).toMillis() + " ms of CPU time", null,
                    false, false);
        }
    }
}
