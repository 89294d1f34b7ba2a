package budget.pipeline;

import budget.cli.KafkaConnection;
import budget.cli.Home;
import budget.cli.bench.KafkaBaseline;
import budget.cli.up.LocalStack;
import budget.cli.up.RestartPolicy;
import budget.events.DocumentIds;
import budget.events.EventJson;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline hurt part-way through a batch, as {@code budget up} runs it: one KRaft broker that takes
 * SASL/PLAIN logins only, the MongoDB wire server on disk and the four services, each its own JVM, started
 * again by {@code budget up}'s restart policy when they exit unasked. Each scenario uploads its own batch of
 * distinct documents, and part-way one process is killed with {@code kill -9}: each of the four services, the broker
 * and the store (which answers a write only once it is on disk). Every document must end exactly once, in
 * the state the parser and validator give it when run directly: in the status tracker and in the store, none
 * lost, none twice. The stack is shared by the scenarios (each looks only at its own documents), and every
 * scenario stands on its own: any one can run alone or in any order.
 */
class FaultToleranceIntegrationTests {

    private static final int PER_SCENARIO = 110;
    /** The scenarios, each with its slice of the documents (so none sees another's). */
    private static final List<String> SLICES = List.of("ingest-service", "parse-service", "validate-service", "query-service",
            "kafka", "mongodb", "sasl", "poison");
    private static final int PER_REQUEST = 10;
    /** Uploads wait for the fault after this many requests, so it lands with documents still to come. */
    private static final int HOLD_AFTER_REQUESTS = 5;
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final LocalStack.SaslUser USER = new LocalStack.SaslUser("budget-pipeline", "fault-test-secret");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Path data;
    private static LocalStack stack;
    private static MongoClient mongo;
    private static Map<String, byte[]> documents;
    private static final List<String> announced = Collections.synchronizedList(new ArrayList<>());
    private static final List<String> figures = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startStack() throws Exception {
        documents = SampleVariants.variants(PER_SCENARIO * SLICES.size());
        data = Files.createTempDirectory("budget-faults-");
        long started = System.nanoTime();
        stack = LocalStacks.start(data, LocalStack.Shape.SINGLE, s -> s
                // C1 only: a restarted service is back sooner on two busy cores
                .serviceJvmOptions(List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"))
                .saslPlain(USER)
                .restartOnExit(RestartPolicy.DEFAULT, line -> {
                    announced.add(line);
                    System.out.println("budget up: " + line);
                }));
        mongo = MongoClients.create("mongodb://localhost:" + stack.ports().mongo() + "/?serverSelectionTimeoutMS=60000");
        System.out.printf("fault tests: stack (1 broker with SASL/PLAIN only, the store, 4 services) up in %.1f s, logs in %s%n",
                (System.nanoTime() - started) / 1e9, stack.logs());
    }

    @AfterAll
    static void stopStack() throws IOException {
        System.out.println("\n== fault tests (" + PER_SCENARIO + " documents a scenario, each hurt part-way):");
        figures.forEach(System.out::println);
        if (mongo != null) {
            mongo.close();
        }
        if (stack != null) {
            stack.close();
            // what Ctrl-C does: nothing of the stack left running, restarted processes included
            assertThat(stack.pids()).as("nothing left running after the stack stopped").isEmpty();
            assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                    .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList()).as("orphans").isEmpty();
        }
        Home.wipe(data);
    }

    /** One process of the stack killed with kill -9 part-way through a batch. */
    enum Fault {
        INGEST_KILLED_WITH_UPLOADS_IN_FLIGHT("ingest-service"),
        PARSE_KILLED("parse-service"),
        VALIDATE_KILLED("validate-service"),
        QUERY_KILLED("query-service"),
        BROKER_KILLED("kafka"),
        STORE_KILLED("mongodb");

        final String process;

        Fault(String process) {
            this.process = process;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Fault.class)
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void everyDocumentEndsOnceThrough(Fault fault) throws Exception {
        killPartWay(fault.process);
    }

    /**
     * The broker takes SASL/PLAIN logins only: a client without the login gets nothing, while every client of
     * the pipeline (the services' consumers, producers and admin clients, the operator console, the benchmark)
     * has it from its one place of Kafka settings, and documents flow end to end.
     */
    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void everyClientLogsInToABrokerThatRequiresSasl() throws Exception {
        KafkaConnection anonymous = KafkaConnection.plain(stack.bootstrapServers());
        try (Admin admin = anonymous.admin(Map.of(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000))) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .as("a client without the login").isInstanceOf(ExecutionException.class);
        }

        Map<String, byte[]> batch = slice("sasl");
        Map<String, Expected> expected = Expected.of(batch);
        Uploader uploader = new Uploader(stack.instances("ingest-service"), PER_REQUEST, 2, Integer.MAX_VALUE, PATIENCE);
        uploader.upload(batch);
        awaitValidated(expected.keySet());
        Expected.assertTrackedOnce(db(), expected);
        assertStoredOnce(expected);

        // the operator console's admin client: the topics with their messages
        JsonNode topics = EventJson.mapper().readTree(get(stack.ports().query(), "/api/ops/topics"));
        Map<String, Long> messages = new LinkedHashMap<>();
        topics.path("topics").forEach(t -> messages.put(t.path("name").asString(), t.path("messages").asLong()));
        assertThat(messages).as(topics.toString()).containsKeys("budget.documents.received", "budget.documents.validated");
        assertThat(messages.get("budget.documents.validated")).isGreaterThanOrEqualTo(PER_SCENARIO);

        // the benchmark's clients (admin, relays, sink) with the same login
        KafkaBaseline.Result baseline = KafkaBaseline.run(stack.kafkaConnection(), new ArrayList<>(batch.values()).subList(0, 20), 6,
                64 * 1024 * 1024);
        assertThat(baseline.latenciesMs()).hasSize(20);
        figures.add(String.format("  SASL/PLAIN only broker: %d documents validated once each through it, the console's topics read"
                + " (%d validated events), the benchmark's relay moved 20 payloads; a client without the login refused", PER_SCENARIO,
                messages.get("budget.documents.validated")));
    }

    /**
     * A record no stage can read (truncated JSON) put on the input of every stage part-way through a batch:
     * each is set aside at once on its stage's dead-letter topic, with its origin and the reason, while every
     * document of the batch goes on to its state. The status tracker reads three of those topics too, so it
     * sets aside those three on its own dead-letter topic. Each poison's document ends DEAD_LETTERED, with the
     * topic, partition and offset of its dead letter and the reason (what an operator replays once it is fixed).
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aPoisonRecordAtEveryStageIsSetAsideWhileTheBatchFlows() throws Exception {
        Map<String, byte[]> batch = slice("poison");
        Map<String, Expected> expected = Expected.of(batch);
        Set<String> ids = expected.keySet();
        Uploader uploader = new Uploader(stack.instances("ingest-service"), PER_REQUEST, 2, HOLD_AFTER_REQUESTS, PATIENCE);
        CompletableFuture<Void> uploads = CompletableFuture.runAsync(() -> uploader.upload(batch));
        await("progress before the poison").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> validated(db(), ids) >= 10 || uploads.isDone());

        String run = Long.toHexString(System.nanoTime());
        Map<String, String> poisonByTopic = new LinkedHashMap<>();
        for (String stage : List.of("received", "parsed", "validated", "failed")) {
            // a document id as the pipeline makes them, so the status tracker records the dead letter against it
            poisonByTopic.put("budget.documents." + stage, DocumentIds.of(("poison " + stage + " " + run).getBytes(StandardCharsets.UTF_8)));
        }
        try (var producer = stack.kafkaConnection().producer(Map.of())) {
            for (var poison : poisonByTopic.entrySet()) {
                var record = new org.apache.kafka.clients.producer.ProducerRecord<>(poison.getKey(),
                        poison.getValue().getBytes(StandardCharsets.UTF_8),
                        ("{\"eventType\":\"Document\",\"documentId\":\"" + poison.getValue() + "\",\"sche").getBytes(StandardCharsets.UTF_8));
                record.headers().add("budget_documentId", poison.getValue().getBytes(StandardCharsets.UTF_8));
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
        }
        uploader.resume.countDown();
        uploads.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        awaitValidated(ids);
        Expected.assertTrackedOnce(db(), expected);
        int duplicated = assertStoredOnce(expected);

        Map<String, List<String>> expectedDeadLetters = new LinkedHashMap<>();
        expectedDeadLetters.put("budget.documents.received.parse-service.dlq", List.of(poisonByTopic.get("budget.documents.received")));
        expectedDeadLetters.put("budget.documents.parsed.validate-service.dlq", List.of(poisonByTopic.get("budget.documents.parsed")));
        expectedDeadLetters.put("budget.documents.validated.query-service.dlq", List.of(poisonByTopic.get("budget.documents.validated")));
        expectedDeadLetters.put("budget.documents.status.query-service.dlq", List.of(poisonByTopic.get("budget.documents.received"),
                poisonByTopic.get("budget.documents.parsed"), poisonByTopic.get("budget.documents.failed")));
        Map<String, String> originOf = new LinkedHashMap<>();
        poisonByTopic.forEach((topic, id) -> originOf.put(id, topic));
        await("every poison record dead-lettered").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> expectedDeadLetters.forEach((dlq, poisons) -> assertThat(TopicReader.readAll(stack.kafkaConnection(), dlq)
                        .stream().map(r -> header(r, "budget_documentId")).filter(id -> originOf.containsKey(id) || ids.contains(id)).toList())
                        .as("this run's dead letters on " + dlq).containsExactlyInAnyOrderElementsOf(poisons)));
        // each poison's document DEAD_LETTERED, with the coordinates of (one of) its dead letters and the reason
        Map<String, List<String>> lettersOf = new LinkedHashMap<>();
        for (var dlq : expectedDeadLetters.entrySet()) {
            for (ConsumerRecord<byte[], byte[]> letter : TopicReader.readAll(stack.kafkaConnection(), dlq.getKey())) {
                String id = header(letter, "budget_documentId");
                if (originOf.containsKey(id)) {
                    assertThat(header(letter, "x-original-topic")).as(id + " on " + dlq.getKey()).isEqualTo(originOf.get(id));
                    assertThat(header(letter, "x-exception-message")).as(id + ": the reason").isNotBlank();
                    lettersOf.computeIfAbsent(id, k -> new ArrayList<>()).add(dlq.getKey() + ":" + letter.partition() + ":" + letter.offset());
                }
            }
        }
        for (var poison : originOf.entrySet()) {
            await("status of the poison from " + poison.getValue()).atMost(Duration.ofMinutes(1)).ignoreExceptions()
                    .untilAsserted(() -> {
                        Document status = db().getCollection("documents").find(Filters.eq("_id", poison.getKey())).first();
                        assertThat(status).isNotNull();
                        assertThat(status.getString("status")).isEqualTo("DEAD_LETTERED");
                        Document letter = status.getEmbedded(List.of("stages", "deadLettered"), Document.class);
                        assertThat(lettersOf.get(poison.getKey())).contains(letter.getString("id"));
                        assertThat(letter.getString("id")).isEqualTo(letter.getString("topic") + ":" + letter.getInteger("partition")
                                + ":" + letter.getLong("offset"));
                        assertThat(letter.getString("originalTopic")).isEqualTo(poison.getValue());
                        assertThat(letter.getString("reason")).isNotBlank();
                    });
        }
        long lost = PER_SCENARIO - validated(db(), ids);
        String line = String.format("  %-16s %-17s 4 poison records (received, parsed, validated, failed) part-way | documents %d,"
                        + " lost %d, duplicated %d | dead-lettered at once (1 by each stage, 3 by the status tracker), each DEAD_LETTERED against its document with"
                        + " the dead letter's topic, partition, offset and reason; none of the batch",
                "every stage", "poison", PER_SCENARIO, lost, duplicated);
        System.out.println(line);
        figures.add(line);
        assertThat(lost).isZero();
    }

    private void killPartWay(String process) throws Exception {
        Map<String, byte[]> batch = slice(process);
        Map<String, Expected> expected = Expected.of(batch);
        Set<String> ids = expected.keySet();
        int restartsBefore = stack.restarts().getOrDefault(process, 0);
        MongoDatabase db = db();

        Uploader uploader = new Uploader(stack.instances("ingest-service"), PER_REQUEST, 2, HOLD_AFTER_REQUESTS, PATIENCE);
        long batchStarted = System.nanoTime();
        CompletableFuture<Void> uploads = CompletableFuture.runAsync(() -> uploader.upload(batch));
        await("progress before the fault").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> validated(db, ids) >= 10 || uploads.isDone());
        assertThat(uploads).as("the uploads must still be going when the fault lands").isNotDone();
        if (process.equals("ingest-service")) {
            // with requests in flight: they fail under the dying instance and are sent again
            uploader.resume.countDown();
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(20)).until(() -> uploader.inFlight() >= 1 || uploads.isDone());
        }
        long storedAtFault = validated(db, ids);
        int uploadedAtFault = uploader.documents();
        long pid = stack.pids().get(process);
        long killedAt = System.nanoTime();
        kill9(pid);
        uploader.resume.countDown();
        assertThat(storedAtFault).as("documents already through when " + process + " was killed").isLessThan(PER_SCENARIO);

        await(process + " restarted").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> stack.restarts().getOrDefault(process, 0) > restartsBefore
                        && stack.pids().containsKey(process) && stack.pids().get(process) != pid);
        double restartedAfter = seconds(killedAt);
        uploads.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        awaitValidated(ids);
        double drained = seconds(killedAt);

        // every document once in its state: the status tracker, the store, the topic
        assertThat(uploader.ids()).as("every document accepted").containsExactlyInAnyOrderElementsOf(ids);
        Expected.assertTrackedOnce(db, expected);
        int duplicated = assertStoredOnce(expected);
        long lost = PER_SCENARIO - validated(db, ids);
        List<ConsumerRecord<byte[], byte[]>> events = TopicReader.readAll(stack.kafkaConnection(), "budget.documents.validated");
        Map<String, Long> validatedEvents = events.stream().map(r -> header(r, "budget_documentId")).filter(ids::contains)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(validatedEvents.keySet()).as("a validated event for every document").containsExactlyInAnyOrderElementsOf(ids);
        long redelivered = validatedEvents.values().stream().mapToLong(n -> n - 1).sum();
        assertThat(stack.restarts().get(process)).as("restarts of " + process).isEqualTo(restartsBefore + 1);
        String log = Files.readString(stack.logs().resolve("budget-up.log"), StandardCharsets.UTF_8);
        assertThat(log).as("budget up's log").contains(process + " exited unexpectedly").contains(process + " restarted (pid");
        for (String topic : List.of("budget.documents.received.parse-service.dlq", "budget.documents.parsed.validate-service.dlq",
                "budget.documents.validated.query-service.dlq", "budget.documents.status.query-service.dlq")) {
            assertThat(TopicReader.readAll(stack.kafkaConnection(), topic).stream().map(r -> header(r, "budget_documentId"))
                    .filter(ids::contains).toList()).as("dead letters of this batch on " + topic).isEmpty();
        }

        String line = String.format("  %-16s %-17s at %5.1f s into the batch (%3d of %d uploads answered, %3d validated); restarted by"
                        + " budget up %4.1f s later; all validated %5.1f s after the fault | documents %d, kills %d, restarts %d,"
                        + " lost %d, duplicated %d | %d upload requests sent again, %d validated events redelivered and absorbed",
                process, "kill -9", (killedAt - batchStarted) / 1e9, uploadedAtFault, PER_SCENARIO, storedAtFault, restartedAfter, drained,
                PER_SCENARIO, 1, 1, lost, duplicated, uploader.retries(), redelivered);
        System.out.println(line);
        figures.add(line);
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
    }

    /**
     * Each document is one budget record's only version (every variant is a budget of its own), with the
     * verdict the validator gives it; returns the copies beyond one (0, or the assertion fails first).
     */
    private static int assertStoredOnce(Map<String, Expected> expected) {
        List<Document> budgets = db().getCollection("budgets").find(Filters.in("documentIds", expected.keySet()))
                .into(new ArrayList<>());
        List<String> stored = budgets.stream().flatMap(b -> b.getList("documentIds", String.class).stream()).toList();
        int duplicated = stored.size() - (int) stored.stream().distinct().count();
        assertThat(stored).as("every document stored once, none twice").containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(budgets).hasSize(expected.size());
        for (Document budget : budgets) {
            String current = budget.getEmbedded(List.of("current", "documentId"), String.class);
            Expected e = expected.get(current);
            assertThat(budget.getString("_id")).isEqualTo(e.budgetId());
            assertThat(budget.getLong("revision")).as(e.filename() + ": one write").isEqualTo(1L);
            assertThat(budget.getList("history", Document.class)).as(e.filename()).isEmpty();
            assertThat(budget.getString("status")).as(e.filename()).isEqualTo(e.status());
        }
        return Math.max(0, duplicated);
    }

    private static Map<String, byte[]> slice(String scenario) {
        int index = SLICES.indexOf(scenario);
        Map<String, byte[]> slice = new LinkedHashMap<>();
        documents.entrySet().stream().skip((long) index * PER_SCENARIO).limit(PER_SCENARIO)
                .forEach(e -> slice.put(e.getKey(), e.getValue()));
        return slice;
    }

    private static MongoDatabase db() {
        return mongo.getDatabase("budget");
    }

    private static long validated(MongoDatabase db, Set<String> ids) {
        return db.getCollection("documents").countDocuments(Filters.and(Filters.in("_id", ids), Filters.eq("status", "VALIDATED")));
    }

    private static void awaitValidated(Set<String> ids) {
        await("every document validated").atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> validated(db(), ids) == ids.size());
    }

    /** kill -9 from outside, as an operator or the kernel's OOM killer would. */
    private static void kill9(long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-9", String.valueOf(pid)).inheritIO().start();
        assertThat(kill.waitFor()).as("kill " + pid).isZero();
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-API-Key", Pipeline.API_KEY).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
