package budget.stack;

import org.h2.mvstore.MVStore;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Puts the store's changes on disk before a write is acknowledged: {@link MVStore#commit()} (the changed pages
 * written as a new chunk of the file) and then the file synced ({@code FileChannel.force}), so neither a kill -9
 * of this process nor the machine losing power loses a write the client was told is done.
 *
 * <p>Commits are grouped: a write that finishes while another's commit and sync are under way waits for that one
 * to end and then commits and syncs everything finished meanwhile in one go, for all of them; those that finished
 * before it return without a sync of their own. So under load the cost is about one sync per round of concurrent
 * requests, and never one per document (a bulk write is one request).
 *
 * <p>H2's own background writer (every second) may write a version without syncing it; a sync here flushes what it
 * has queued first ({@link MVStore#executeFilestoreOperation}), and is skipped when nothing was written since the
 * last one.
 */
final class GroupCommit {

    private final MVStore store;
    /** Tickets handed out, one to each write when it has finished changing the store. */
    private final AtomicLong finished = new AtomicLong();
    /** Every write whose ticket is at most this is on disk. */
    private volatile long durable;
    private final ReentrantLock lock = new ReentrantLock();
    /** The store's version when the file was last synced (guarded by {@link #lock}). */
    private long syncedVersion = -1;
    private final AtomicLong syncs = new AtomicLong();

    GroupCommit(MVStore store) {
        this.store = store;
    }

    /** Returns once every change made to the store before this call is written to the file and synced. */
    void awaitDurable() {
        long ticket = finished.incrementAndGet();
        if (durable >= ticket) {
            return;
        }
        lock.lock();
        try {
            if (durable >= ticket) {
                return;
            }
            // every write holding a ticket up to this one had finished before the commit below starts
            long upTo = finished.get();
            store.commit();
            long version = store.getCurrentVersion();
            if (version != syncedVersion) {
                store.executeFilestoreOperation(store::sync);
                syncedVersion = version;
                syncs.incrementAndGet();
            }
            durable = upTo;
        } finally {
            lock.unlock();
        }
    }

    /** How many times the file was synced (for tests and the log). */
    long syncs() {
        return syncs.get();
    }

    /** How many writes were made durable. */
    long writes() {
        return finished.get();
    }
}
