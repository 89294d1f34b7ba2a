package budget.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The records of one poll of a stage's consumer, processed one by one and committed together: the work whose
 * result the commit must wait for (the events the stage publishes, the status writes query-service makes) is
 * deferred to the end of the poll and done at once, as asynchronous sends awaited together or one bulk write,
 * instead of a round trip per record. The consumer (wrapped by {@link CommitAfterFlush}) runs every deferred
 * flush before it commits the poll's offsets; a flush that fails commits nothing and rewinds the consumer to the
 * committed offsets, so the poll's records are processed again (every stage's output is idempotent, as for any
 * redelivery). After {@value #MAX_FAILED_FLUSHES} failed flushes in a row the thread stops deferring until a
 * commit succeeds: each record's work is then done as it is processed, and a record whose work keeps failing is
 * retried and dead-lettered by the binder like any failing record.
 *
 * <p>Only the threads of a stage's consumers defer, and only while they process a poll: any other thread (an
 * HTTP request, a re-validation) does its work at once.
 */
public final class PollBatch {

    /** Work deferred to the end of the poll. */
    public interface Flush {
        /** Does the deferred work; throws when it could not be done (then nothing of the poll is committed). */
        void flush();

        /** Forgets the deferred work without doing it (the poll is processed again). */
        void discard();
    }

    static final int MAX_FAILED_FLUSHES = 3;

    private static final Logger log = LoggerFactory.getLogger(PollBatch.class);
    private static final ThreadLocal<State> STATE = new ThreadLocal<>();

    private static final class State {
        boolean polling;
        int failedFlushes;
        final Set<Flush> pending = new LinkedHashSet<>();
    }

    private PollBatch() {
    }

    /** Whether work done now on this thread may be deferred to the end of the poll being processed. */
    public static boolean deferring() {
        State state = STATE.get();
        return state != null && state.polling && state.failedFlushes < MAX_FAILED_FLUSHES;
    }

    /** Registers work to flush at the end of the poll (once, however often it is registered); only while deferring. */
    public static void defer(Flush flush) {
        if (!deferring()) {
            throw new IllegalStateException("not processing a poll: the work must be done at once");
        }
        STATE.get().pending.add(flush);
    }

    /** This thread polls a stage's consumer: from now on its work while processing records may be deferred. */
    static void polled() {
        State state = STATE.get();
        if (state == null) {
            state = new State();
            STATE.set(state);
        }
        state.polling = true;
    }

    /**
     * Flushes this thread's deferred work, in the order it was first deferred; true when all of it was done (or
     * there was none). Work deferred by a flush (the status write of a budget stored at the end of the poll) is
     * flushed after it, in the same commit. On a failure the rest is discarded and false is returned.
     */
    static boolean flush() {
        State state = STATE.get();
        while (state != null && !state.pending.isEmpty()) {
            if (!flushRound(state)) {
                return false;
            }
        }
        return true;
    }

    private static boolean flushRound(State state) {
        List<Flush> pending = new ArrayList<>(state.pending);
        state.pending.clear();
        for (int i = 0; i < pending.size(); i++) {
            try {
                pending.get(i).flush();
            } catch (RuntimeException e) {
                pending.subList(i + 1, pending.size()).forEach(Flush::discard);
                // and what the flushes before this one deferred
                state.pending.forEach(Flush::discard);
                state.pending.clear();
                state.failedFlushes++;
                log.warn("the work deferred to the end of a poll failed ({} in a row{}); its records are processed again: {}",
                        state.failedFlushes, state.failedFlushes >= MAX_FAILED_FLUSHES
                                ? ", now processed one by one until a commit succeeds" : "", e.toString());
                return false;
            }
        }
        return true;
    }

    /** This thread's consumer is closed: nothing it does is deferred any more, and what was pending is dropped. */
    static void closed() {
        State state = STATE.get();
        if (state != null) {
            state.pending.forEach(Flush::discard);
            STATE.remove();
        }
    }

    /** The poll's offsets were committed: deferring resumes if it had stopped. */
    static void committed() {
        State state = STATE.get();
        if (state != null) {
            state.failedFlushes = 0;
        }
    }
}
