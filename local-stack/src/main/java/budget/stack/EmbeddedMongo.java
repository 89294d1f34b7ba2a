package budget.stack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local run's MongoDB: a MongoDB wire-protocol server (mongo-java-server) persisting to an H2 file, so
 * the services talk to it with the real MongoDB driver and the data survives restarts.
 *
 * <p>Usage: {@code EmbeddedMongo <port> <data-file>}. Runs until the process is stopped, then flushes and
 * closes the store.
 */
public final class EmbeddedMongo {

    private EmbeddedMongo() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedMongo <port> <data-file>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(file.getParent());
        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        System.out.println("embedded MongoDB wire server listening on 127.0.0.1:" + port + ", data in " + file);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            System.out.println("embedded MongoDB stopped");
            stopped.countDown();
        }, "mongo-shutdown"));
        stopped.await();
    }
}
