package budget.stack;

import org.h2.mvstore.MVStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local run's MongoDB: a MongoDB wire-protocol server (mongo-java-server) persisting to an H2 file, so
 * the services talk to it with the real MongoDB driver and the data survives restarts.
 *
 * <p>Usage: {@code EmbeddedMongo <port> <data-file> [cache-MiB]}. Runs until the process is stopped, then
 * flushes and closes the store.
 *
 * <p>The server has no secondary indexes and reads a collection whole for a scan; its page cache (default
 * 16 MiB in H2) is what decides whether a scan reads documents from the file or finds them in memory (as the
 * BSON bytes they were stored as, each with its decoded view while the heap allows: {@link StoredDocument}), so the
 * cache is sized to hold the working set (default 512 MiB). A write is answered once it is on disk (written
 * and synced: {@link DurableH2Backend}), so a kill -9 of this process or a power loss loses nothing it acknowledged.
 */
public final class EmbeddedMongo {

    /**
     * The changes H2 keeps in memory before it writes them out in the middle of a request. Every write request is
     * committed when it is done ({@link GroupCommit}), so this only splits a very large one; H2's default, 1 MiB,
     * would write a bulk write of budget records (about 100 KB each) in several chunks.
     */
    private static final int UNSAVED_KIB = 32 * 1024;

    /**
     * Small pages: H2 writes a changed page whole, and the pipeline's keys (document ids, budget keys) are spread
     * over every page of a collection and its indexes, so each commit rewrites about one page per written
     * document and index. With H2's defaults (48 keys, 48 KiB a page) that re-encoded 48 status documents, or 48 index keys,
     * for each one changed.
     */
    private static final int KEYS_PER_PAGE = 8;
    private static final int PAGE_SPLIT_BYTES = 16 * 1024;

    private EmbeddedMongo() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: EmbeddedMongo <port> <data-file> [cache-MiB]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(file.getParent());
        int cacheMiB = args.length == 3 ? Integer.parseInt(args[2]) : 512;
        MVStore store = new MVStore.Builder().fileName(file.toString()).cacheSize(cacheMiB)
                .autoCommitBufferSize(UNSAVED_KIB).keysPerPage(KEYS_PER_PAGE).pageSplitSize(PAGE_SPLIT_BYTES).open();
        DurableH2Backend backend = new DurableH2Backend(store);
        WireServer server = new WireServer(backend);
        server.bind("127.0.0.1", port);
        System.out.println("embedded MongoDB wire server listening on 127.0.0.1:" + port + ", data in " + file
                + ", page cache " + cacheMiB + " MiB");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            GroupCommit commits = backend.commits();
            server.shutdown();
            System.out.println("embedded MongoDB stopped (" + commits.writes() + " write requests made durable with "
                    + commits.syncs() + " syncs of the file)");
            stopped.countDown();
        }, "mongo-shutdown"));
        stopped.await();
    }
}
