package budget.stack;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded store as {@code budget up} runs it, its own JVM on a file, killed with kill -9 (SIGKILL: no shutdown
 * hook, no last write) straight after writes it acknowledged, then started again on the same file: every
 * acknowledged write is there, with its exact content.
 */
class EmbeddedMongoKillIntegrationTests {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final List<Process> started = new ArrayList<>();
    private Path file;
    private int port;

    @BeforeEach
    void storeFileAndPort() throws IOException {
        file = dir.resolve("budget.mv");
        port = freePort();
    }

    @AfterEach
    void stopWhatIsLeft() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyKindOfAcknowledgedWriteIsThereAfterAKillStraightAfterIt() throws Exception {
        Process store = start("first");
        try (MongoClient client = client(port)) {
            MongoCollection<Document> budgets = client.getDatabase("budget").getCollection("budgets");
            for (int i = 0; i < 300; i++) {
                budgets.insertOne(budget(i));
            }
            budgets.insertMany(IntStream.range(300, 500).mapToObj(EmbeddedMongoKillIntegrationTests::budget).toList());
            List<WriteModel<Document>> revisions = new ArrayList<>();
            for (int i = 0; i < 500; i += 5) {
                revisions.add(new UpdateOneModel<>(Filters.eq("_id", id(i)), Updates.combine(
                        Updates.set("total", new Decimal128(new BigDecimal(i + ".75"))), Updates.inc("revision", 1))));
            }
            budgets.bulkWrite(revisions);
            budgets.deleteMany(Filters.in("_id", IntStream.range(0, 500).filter(i -> i % 50 == 7).mapToObj(EmbeddedMongoKillIntegrationTests::id).toList()));
            budgets.replaceOne(Filters.eq("_id", id(1000)), budget(1000).append("note", "upserted"), new ReplaceOptions().upsert(true));
            // an ordered bulk insert stopped by a duplicate key: what came before the duplicate was written
            List<Document> withADuplicate = new ArrayList<>(IntStream.range(2000, 2010).mapToObj(EmbeddedMongoKillIntegrationTests::budget).toList());
            withADuplicate.add(budget(3));
            withADuplicate.add(budget(2010));
            assertThatThrownBy(() -> budgets.insertMany(withADuplicate)).isInstanceOfSatisfying(MongoBulkWriteException.class,
                    e -> assertThat(e.getWriteErrors().get(0).getIndex()).isEqualTo(10));
            // the last acknowledged write, then at once the kill
            budgets.updateOne(Filters.eq("_id", id(499)), Updates.set("note", "last"));
            kill(store);
        }

        start("after the kill");
        try (MongoClient client = client(port)) {
            MongoCollection<Document> budgets = client.getDatabase("budget").getCollection("budgets");
            Set<Integer> expected = new HashSet<>();
            IntStream.range(0, 500).filter(i -> i % 50 != 7).forEach(expected::add);
            expected.add(1000);
            IntStream.range(2000, 2010).forEach(expected::add);
            Map<String, Document> stored = budgets.find().into(new ArrayList<>()).stream()
                    .collect(Collectors.toMap(d -> d.getString("_id"), d -> d));
            assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(expected.stream().map(EmbeddedMongoKillIntegrationTests::id).toList());
            for (int i : expected) {
                Document want = budget(i);
                if (i < 500 && i % 5 == 0) {
                    want.put("total", new Decimal128(new BigDecimal(i + ".75")));
                    want.put("revision", 2);
                }
                if (i == 1000) {
                    want.put("note", "upserted");
                }
                if (i == 499) {
                    want.put("note", "last");
                }
                assertThat(stored.get(id(i))).as(id(i)).isEqualTo(want);
            }
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void concurrentWritersKilledMidFlightLoseNoAcknowledgedWrite() throws Exception {
        Process store = start("first");
        int writers = 4;
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        Set<Integer> attempted = ConcurrentHashMap.newKeySet();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(400);
        List<Thread> threads = new ArrayList<>();
        try (MongoClient client = client(port)) {
            MongoCollection<Document> budgets = client.getDatabase("budget").getCollection("budgets");
            for (int w = 0; w < writers; w++) {
                int writer = w;
                Thread thread = new Thread(() -> {
                    for (int n = 0; n < 100_000; n++) {
                        int i = writer * 100_000 + n;
                        attempted.add(i);
                        try {
                            budgets.insertOne(budget(i));
                        } catch (MongoException gone) {
                            failed.incrementAndGet();
                            return;
                        }
                        acknowledged.add(i);
                        enough.countDown();
                    }
                }, "writer-" + w);
                thread.start();
                threads.add(thread);
            }
            assertThat(enough.await(90, TimeUnit.SECONDS)).as("400 writes acknowledged").isTrue();
            kill(store);
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(60));
                assertThat(thread.isAlive()).as(thread.getName() + " ended with the store gone").isFalse();
            }
        }
        assertThat(failed.get()).as("every writer saw the store go").isEqualTo(writers);

        start("after the kill");
        try (MongoClient client = client(port)) {
            MongoCollection<Document> budgets = client.getDatabase("budget").getCollection("budgets");
            Map<Integer, Document> stored = budgets.find().into(new ArrayList<>()).stream()
                    .collect(Collectors.toMap(d -> d.getInteger("n"), d -> d));
            assertThat(stored.keySet()).as("every acknowledged write is there").containsAll(acknowledged);
            // and nothing else but the writes that were in flight at the kill (one a writer at most)
            assertThat(attempted).containsAll(stored.keySet());
            assertThat(stored.size()).isBetween(acknowledged.size(), acknowledged.size() + writers);
            stored.forEach((i, document) -> assertThat(document).as(id(i)).isEqualTo(budget(i)));
            System.out.printf("concurrent writers killed mid-flight: %d writes acknowledged, %d found after the restart%n",
                    acknowledged.size(), stored.size());
        }
    }

    private static Document budget(int i) {
        return new Document("_id", id(i)).append("n", i).append("revision", 1)
                .append("total", new Decimal128(new BigDecimal(i + ".05")))
                .append("lines", List.of(new Document("code", "2080505").append("amount", new Decimal128(new BigDecimal("1234.50"))),
                        new Document("code", "2010301").append("amount", new Decimal128(new BigDecimal(i + ".00")))));
    }

    private static String id(int i) {
        return "上海市闵行区医疗保障局|DEPARTMENT|" + i;
    }

    /** The store's own main class in a JVM of its own, as {@code budget up} starts it; returns once it listens. */
    private Process start(String run) throws IOException, InterruptedException {
        String classpath = Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator
                + Files.readString(Path.of("target", "runtime-classpath.txt"), StandardCharsets.UTF_8).trim();
        Path log = dir.resolve("mongodb-" + run.replace(' ', '-') + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:+UseSerialGC", "-cp", classpath, EmbeddedMongo.class.getName(), String.valueOf(port), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(process);
        long deadline = System.nanoTime() + START.toNanos();
        while (!Files.readString(log, StandardCharsets.UTF_8).contains("listening on")) {
            assertThat(process.isAlive()).as("the store (" + run + ") exited: " + Files.readString(log, StandardCharsets.UTF_8)).isTrue();
            assertThat(System.nanoTime()).as("the store (" + run + ") listening within " + START).isLessThan(deadline);
            process.waitFor(50, TimeUnit.MILLISECONDS);
        }
        return process;
    }

    /** SIGKILL: the JVM gets no chance to write anything more. */
    private static void kill(Process store) throws InterruptedException {
        store.destroyForcibly();
        assertThat(store.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(store.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
    }

    private static MongoClient client(int port) {
        return MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=10000&retryWrites=false");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
