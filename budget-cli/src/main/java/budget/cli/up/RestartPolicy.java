package budget.cli.up;

import java.time.Duration;

/**
 * When {@code budget up} starts again a process of the stack that exited without being asked to: after
 * {@code initialDelay}, then twice as long after each further exit, never longer than {@code maxDelay}; a
 * process that had stayed up for {@code stableAfter} before it exited starts the count again. A process that
 * cannot start (a port taken, a broken jar) is thus tried less and less often, never given up on, and never
 * spins; one that crashes once a day is back within a second each time.
 */
public record RestartPolicy(Duration initialDelay, Duration maxDelay, Duration stableAfter) {

    /** 1 s, 2 s, 4 s ... at most 30 s; back to 1 s once a process stayed up a minute. */
    public static final RestartPolicy DEFAULT = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60));

    public RestartPolicy {
        if (initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("the first restart delay must be positive, not " + initialDelay);
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("the longest restart delay (" + maxDelay + ") is shorter than the first (" + initialDelay + ")");
        }
        if (stableAfter.isNegative() || stableAfter.isZero()) {
            throw new IllegalArgumentException("the time after which a process counts as stable must be positive, not " + stableAfter);
        }
    }

    /** The restarts of one process: how many came in a row, each after a short life. */
    public final class Backoff {

        private int consecutive;

        /**
         * The delay before starting again a process that exited after running for {@code uptime}; counts
         * this restart.
         */
        public Duration next(Duration uptime) {
            if (uptime.compareTo(stableAfter) >= 0) {
                consecutive = 0;
            }
            Duration delay = delay(consecutive);
            consecutive++;
            return delay;
        }

        /** Restarts in a row so far (0 after a stable run). */
        public int consecutive() {
            return consecutive;
        }
    }

    public Backoff backoff() {
        return new Backoff();
    }

    /** The delay of the n-th restart in a row (from 0): initial · 2ⁿ, at most the maximum. */
    Duration delay(int n) {
        Duration delay = initialDelay;
        for (int i = 0; i < n && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
