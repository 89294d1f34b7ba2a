package budget.query.budgets;

import budget.events.DocumentValidated;
import budget.model.BudgetKey;
import budget.query.catalog.CatalogViews;
import budget.query.findings.FindingViews;
import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What storing one validated event costs query-service (the consumer of budget.documents.validated: the record and
 * its views, lines, findings and the department catalog), for the five samples and the four published PDFs, each
 * validated as validate-service does ({@link ValidatedSamples}). Every stored event is a new budget (department renamed per round, as in a
 * pipeline run), into a MongoDB wire-protocol server in this process (mongo-java-server, in memory, as the
 * integration tests start it). Prints per document: CPU of the storing thread, CPU of the whole process (which
 * includes the server's), bytes the storing thread allocated, and the commands the driver sent. Run from the
 * repository root, optional arguments: measured rounds over the documents (default 150), warm-up rounds (default 50):
 * <pre>
 * mvn -q -o -pl query-service -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp \
 *     -Dmdep.includeScope=test \
 *   &amp;&amp; java -cp query-service/target/classes:query-service/target/test-classes:$(cat query-service/target/bench.cp) \
 *     budget.query.budgets.StoringBenchmark
 * </pre>
 */
public final class StoringBenchmark {

    private StoringBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        // logback's default is DEBUG for everything: the driver's and the server's logging would be most of the figure
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        List<DocumentValidated> events = ValidatedSamples.events();
        Map<String, AtomicLong> commands = new TreeMap<>();
        MongoServer server = new MongoServer(new MemoryBackend());
        String address = server.bindAndGetConnectionString();
        CommandListener counting = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.computeIfAbsent(event.getCommandName(), name -> new AtomicLong()).incrementAndGet();
            }
        };
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(address)).addCommandListener(counting).build())) {
            MongoDatabase database = client.getDatabase("budget");
            BudgetStore store = new BudgetStore(database, List.of(new BudgetLines(database),
                    FindingViews.store(database), CatalogViews.catalog(database)));
            store(store, events, 0, warmUp);
            commands.clear();
            var thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long threadCpu = thread.getCurrentThreadCpuTime();
            long processCpu = process.getProcessCpuTime();
            long allocated = thread.getCurrentThreadAllocatedBytes();
            int stored = store(store, events, warmUp, rounds);
            threadCpu = thread.getCurrentThreadCpuTime() - threadCpu;
            processCpu = process.getProcessCpuTime() - processCpu;
            allocated = thread.getCurrentThreadAllocatedBytes() - allocated;
            long sent = commands.values().stream().mapToLong(AtomicLong::get).sum();
            System.out.printf("stored %d validated events (%d documents x %d rounds, each a new budget)%n", stored,
                    events.size(), rounds);
            System.out.printf("storing thread: %.0f µs CPU/doc, %.0f KB allocated/doc%n", threadCpu / 1e3 / stored,
                    allocated / 1024.0 / stored);
            System.out.printf("whole process (driver, server, GC): %.0f µs CPU/doc%n", processCpu / 1e3 / stored);
            System.out.printf("commands: %.2f/doc %s%n", (double) sent / stored, perDocument(commands, stored));
        } finally {
            server.shutdown();
        }
    }

    /** Stores every event once per round, each under a department key of its round; returns how many. */
    private static int store(BudgetStore store, List<DocumentValidated> events, int firstRound, int rounds) {
        int stored = 0;
        for (int round = firstRound; round < firstRound + rounds; round++) {
            for (DocumentValidated event : events) {
                if (!store.store(renamed(event, round))) {
                    throw new IllegalStateException("a new budget was not stored: " + event.filename());
                }
                stored++;
            }
        }
        return stored;
    }

    private static DocumentValidated renamed(DocumentValidated event, int round) {
        BudgetKey key = new BudgetKey(event.budgetKey().departmentKey() + round, event.budgetKey().kind(),
                event.budgetKey().year());
        return new DocumentValidated(event.eventId() + round, event.eventType(), event.schemaVersion(),
                event.occurredAt(), event.documentId() + round, event.filename(), event.receivedAt(), event.parsedAt(),
                key, event.report(), event.budget());
    }

    private static Map<String, String> perDocument(Map<String, AtomicLong> commands, int stored) {
        Map<String, String> out = new TreeMap<>();
        commands.forEach((name, count) -> out.put(name, String.format("%.2f", (double) count.get() / stored)));
        return out;
    }
}
