package budget.pipeline;

import budget.cli.Home;
import budget.cli.up.LocalStack;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scaled-out shape on one machine: three KRaft brokers (replication factor 3, min.insync.replicas 2,
 * producers acks=all) and two instances of every service, started as separate JVMs by the same
 * {@link LocalStack} as {@code budget up --brokers 3 --instances 2}. A batch of 220 documents (200 budgets,
 * 20 of them uploaded again as a second version) goes in through both ingest instances; part-way, one
 * instance of every service and the broker leading the busiest partition are killed with SIGKILL at the same
 * moment. Every document must still end once, in the state the parser and validator give it when run
 * directly, and every budget with its versions in upload order.
 */
class ScaleOutIntegrationTests {

    private static final int BUDGETS = 200;
    private static final int SECOND_VERSIONS = 20;
    private static final int DOCUMENTS = BUDGETS + SECOND_VERSIONS;
    private static final int PER_REQUEST = 10;
    /** The uploader waits for the kills after this many requests, if they have not landed by then. */
    private static final int HOLD_AFTER_REQUESTS = 15;
    /** Records waiting in the busiest partition when the kills land (or as many as there are by the hold). */
    private static final int BACKLOG = 5;
    /** Upload requests in flight at once. */
    private static final int UPLOADERS = 4;
    private static final int INSTANCES = 2;
    private static final int PARTITIONS = 6;
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final List<String> CONSUMERS = List.of("parse-service", "validate-service", "query-service");
    private static final String RECEIVED = "budget.documents.received";
    private static final String PARSED = "budget.documents.parsed";
    private static final String VALIDATED = "budget.documents.validated";
    private static final String FAILED = "budget.documents.failed";
    /** Each consumer group and the topics it consumes. */
    private static final Map<String, List<String>> GROUPS = Map.of(
            "parse-service", List.of(RECEIVED),
            "validate-service", List.of(PARSED),
            "query-service", List.of(VALIDATED),
            "query-service-status", List.of(RECEIVED, PARSED, FAILED));
    private static final List<String> DEAD_LETTERS = List.of(RECEIVED + ".parse-service.dlq", PARSED + ".validate-service.dlq",
            VALIDATED + ".query-service.dlq", "budget.documents.status.query-service.dlq");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    @Timeout(value = 14, unit = TimeUnit.MINUTES)
    void everyDocumentEndsOnceThroughKilledInstancesAndALostLeader() throws Exception {
        long started = System.nanoTime();
        Map<String, byte[]> firstVersions = SampleVariants.variants(BUDGETS);
        Map<String, byte[]> secondVersions = new LinkedHashMap<>();
        firstVersions.entrySet().stream().limit(SECOND_VERSIONS).forEach(e -> secondVersions.put(
                "v2-" + e.getKey(), (new String(e.getValue(), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8)));
        Map<String, Expected> expected = expectations(firstVersions, secondVersions);

        Path data = Files.createTempDirectory("budget-scale-out-");
        try {
            run(data, firstVersions, secondVersions, expected, started);
        } catch (Throwable failure) {
            System.out.println("logs of every process of the failed run: " + data.resolve("logs"));
            throw failure;
        }
        Home.wipe(data);
    }

    private void run(Path data, Map<String, byte[]> firstVersions, Map<String, byte[]> secondVersions,
                     Map<String, Expected> expected, long started) throws Exception {
        try (LocalStack stack = startCluster(data);
             ClusterView cluster = new ClusterView(stack.kafkaConnection());
             MongoClient mongo = MongoClients.create("mongodb://localhost:" + stack.ports().mongo())) {
            MongoDatabase db = mongo.getDatabase("budget");
            double upSeconds = seconds(started);
            Uploader uploader = new Uploader(stack.instances("ingest-service"), PER_REQUEST, UPLOADERS, HOLD_AFTER_REQUESTS, Duration.ofSeconds(30));
            long batchStarted = System.nanoTime();
            CompletableFuture<Void> uploads = CompletableFuture.runAsync(() -> uploader.upload(firstVersions, secondVersions));

            // part-way: uploads still going, documents stored, and records waiting in some partition
            AtomicReference<ClusterView.Lag> busy = new AtomicReference<>();
            awaitOrFail(() -> {
                if (validated(db) < 5) {
                    return uploads.isDone();
                }
                busy.set(busiestPartition(cluster));
                return busy.get().records() >= BACKLOG || uploader.holding() || uploads.isDone();
            }, "progress before the kills");
            assertThat(uploads).as("the uploads must still be going when the kills land").isNotDone();
            // instance 1 of each service is the one to kill; rebalances are counted on the others, before and after
            List<LocalStack.Instance> survivors = CONSUMERS.stream().flatMap(s -> stack.instances(s).stream())
                    .filter(i -> i.number() != 1).toList();
            Map<String, Long> rebalancesBefore = rebalances(survivors);
            Map<String, Integer> membersBefore = new TreeMap<>();
            GROUPS.keySet().forEach(g -> membersBefore.put(g, cluster.group(g).orElseThrow().members()));
            ClusterView.Lag busiest = busy.get();
            LocalStack.Instance broker = stack.instances("kafka").stream().filter(b -> b.number() == busiest.leader())
                    .findFirst().orElseThrow();
            List<LocalStack.Instance> victims = new ArrayList<>();
            LocalStack.SERVICES.forEach(service -> victims.add(stack.instances(service).get(0)));
            victims.add(broker);
            long stored = validated(db);
            int uploaded = uploader.documents();
            assertThat(busiest.records()).as("the killed broker leads a partition with records waiting").isPositive();
            // let the held uploads go and kill with requests in flight, through the instance about to die too
            uploader.resume.countDown();
            awaitOrFail(() -> uploader.inFlight() >= 2 || uploads.isDone(), "uploads in flight");
            int inFlight = uploader.inFlight();
            long killedAt = System.nanoTime();
            CompletableFuture.allOf(victims.stream().map(v -> CompletableFuture.runAsync(() -> stack.kill(v)))
                    .toArray(CompletableFuture[]::new)).join();
            double killSeconds = seconds(batchStarted);

            Recovery recovery = awaitRecovery(cluster, db, broker.number(), stored, killedAt, membersBefore);
            uploads.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> validated(db) == DOCUMENTS);
            double drainSeconds = seconds(killedAt);
            double batchSeconds = seconds(batchStarted);
            Map<String, Long> rebalancesAfter = rebalances(survivors);

            List<ConsumerRecord<byte[], byte[]>> validatedEvents = TopicReader.readAll(stack.kafkaConnection(), VALIDATED);
            Map<String, Long> rebalances = new TreeMap<>();
            rebalancesAfter.forEach((group, count) -> rebalances.put(group, count - rebalancesBefore.getOrDefault(group, 0L)));
            System.out.println(report(stack, expected, uploader, upSeconds, killSeconds, stored, uploaded, inFlight, busiest, victims,
                    recovery, rebalances, drainSeconds, batchSeconds, validatedEvents.size()));

            assertEveryDocumentOnceInItsState(db, expected, uploader.ids(), firstVersions, secondVersions);
            // at least once on the topic (a redelivered input is processed again), exactly once in the store
            assertThat(validatedEvents.stream().map(r -> header(r, "budget_documentId")).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(expected.keySet());
            for (String topic : DEAD_LETTERS) {
                assertThat(TopicReader.readAll(stack.kafkaConnection(), topic)).as("dead letters on " + topic).isEmpty();
            }
            assertThat(TopicReader.readAll(stack.kafkaConnection(), FAILED)).as("failed documents").isEmpty();
            GROUPS.keySet().forEach(group -> assertThat(rebalances.getOrDefault(group, 0L))
                    .as("rebalances of " + group + " after its instance was killed").isPositive());
            assertThat(cluster.partitions(List.of(RECEIVED, PARSED, VALIDATED, FAILED)))
                    .allSatisfy(p -> assertThat(p.inSync()).as(p.partition() + " in-sync replicas")
                            .hasSizeGreaterThanOrEqualTo(2).doesNotContain(broker.number()));
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static LocalStack startCluster(Path data) throws Exception {
        // C1 only: half the CPU to start eight Spring Boot JVMs on two cores; the batch is short
        return LocalStacks.start(data, new LocalStack.Shape(3, INSTANCES),
                stack -> stack.serviceJvmOptions(List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")));
    }

    private static Map<String, Expected> expectations(Map<String, byte[]> first, Map<String, byte[]> second) {
        Map<String, byte[]> all = new LinkedHashMap<>(first);
        all.putAll(second);
        Map<String, Expected> expected = Expected.of(all);
        assertThat(expected).hasSize(DOCUMENTS);
        assertThat(expected.values().stream().map(Expected::budgetId).distinct()).hasSize(BUDGETS);
        return expected;
    }

    private static long validated(MongoDatabase db) {
        return db.getCollection("documents").countDocuments(Filters.eq("status", "VALIDATED"));
    }

    /** The partition with the most records still to consume, over every stage's input. */
    private static ClusterView.Lag busiestPartition(ClusterView cluster) {
        List<ClusterView.Lag> lags = new ArrayList<>();
        lags.addAll(cluster.lag("parse-service", RECEIVED));
        lags.addAll(cluster.lag("validate-service", PARSED));
        lags.addAll(cluster.lag("query-service", VALIDATED));
        return lags.stream().filter(l -> l.leader() > 0).max(Comparator.comparingLong(ClusterView.Lag::records)).orElseThrow();
    }

    /** When the cluster and the consumer groups were whole again after the kills, in seconds from the kills. */
    private record Recovery(double leadersMoved, Map<String, Double> groupsSettled, double firstStored, double recovered) {
    }

    private static Recovery awaitRecovery(ClusterView cluster, MongoDatabase db, int deadBroker, long storedAtKill,
                                          long killedAt, Map<String, Integer> membersBefore) throws InterruptedException {
        Double leadersMoved = null;
        Double firstStored = null;
        Map<String, Double> settled = new TreeMap<>();
        List<String> topics = List.of(RECEIVED, PARSED, VALIDATED, FAILED, "__consumer_offsets");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline && (leadersMoved == null || settled.size() < GROUPS.size() || firstStored == null)) {
            if (firstStored == null && validated(db) > storedAtKill) {
                firstStored = seconds(killedAt);
            }
            try {
                if (leadersMoved == null && cluster.partitions(topics).stream()
                        .allMatch(p -> p.leader() > 0 && p.leader() != deadBroker && !p.inSync().contains(deadBroker)
                                && p.inSync().size() >= 2)) {
                    leadersMoved = seconds(killedAt);
                }
                for (var group : GROUPS.entrySet()) {
                    if (!settled.containsKey(group.getKey()) && settledOnSurvivors(cluster, group.getKey(), group.getValue(),
                            membersBefore.get(group.getKey()) * (INSTANCES - 1) / INSTANCES)) {
                        settled.put(group.getKey(), seconds(killedAt));
                    }
                }
            } catch (IllegalStateException e) {
                // the cluster is between leaders: ask again
            }
            Thread.sleep(200);
        }
        assertThat(leadersMoved).as("every partition led and in sync without the killed broker").isNotNull();
        assertThat(settled).as("consumer groups settled on the surviving instances").hasSize(GROUPS.size());
        double recovered = Math.max(leadersMoved, settled.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
        return new Recovery(leadersMoved, settled, firstStored == null ? Double.NaN : firstStored, recovered);
    }

    /**
     * Stable, with only the surviving instances' consumers (every instance has as many: the binding's
     * concurrency for each of its destinations), and every partition owned.
     */
    private static boolean settledOnSurvivors(ClusterView cluster, String groupId, List<String> topics, int survivingMembers) {
        return cluster.group(groupId).filter(group -> group.state() == GroupState.STABLE
                && group.members() == survivingMembers
                && group.assigned().containsAll(partitionsOf(topics))).isPresent();
    }

    private static Set<TopicPartition> partitionsOf(List<String> topics) {
        Set<TopicPartition> all = new HashSet<>();
        topics.forEach(t -> {
            for (int p = 0; p < PARTITIONS; p++) {
                all.add(new TopicPartition(t, p));
            }
        });
        return all;
    }

    private static final Pattern REBALANCES = Pattern.compile(
            "^kafka_consumer_coordinator_rebalance_total\\{[^}]*client_id=\"consumer-([^\"]+?)-\\d+\"[^}]*} ([0-9.E]+)$", Pattern.MULTILINE);

    /**
     * Rebalances of each consumer group, as its consumers count them (the Kafka client's rebalance-total,
     * from each instance's /actuator/prometheus): every consumer of a group takes part in each of its
     * rebalances, so the group's count is the largest of its consumers'.
     */
    private static Map<String, Long> rebalances(List<LocalStack.Instance> instances) {
        Map<String, Long> byGroup = new TreeMap<>();
        for (LocalStack.Instance instance : instances) {
            try {
                HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + instance.port() + "/actuator/prometheus"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = REBALANCES.matcher(metrics.body());
                while (m.find()) {
                    byGroup.merge(m.group(1), (long) Double.parseDouble(m.group(2)), Math::max);
                }
            } catch (IOException e) {
                throw new IllegalStateException(instance.name() + " did not answer its metrics: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return byGroup;
    }

    private static void assertEveryDocumentOnceInItsState(MongoDatabase db, Map<String, Expected> expected, Set<String> uploaded,
                                                          Map<String, byte[]> first, Map<String, byte[]> second) {
        assertThat(uploaded).as("every document accepted").containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(db.getCollection("uploads").countDocuments()).isEqualTo(DOCUMENTS);
        assertThat(db.getCollection("documents").countDocuments()).isEqualTo(DOCUMENTS);
        Expected.assertTrackedOnce(db, expected);

        Map<String, List<String>> versionsByBudget = new HashMap<>();
        expected.forEach((id, e) -> versionsByBudget.computeIfAbsent(e.budgetId(), k -> new ArrayList<>()).add(id));
        Set<String> secondIds = expected.entrySet().stream().filter(e -> second.containsKey(e.getValue().filename()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        List<Document> budgets = db.getCollection("budgets").find().into(new ArrayList<>());
        assertThat(budgets).hasSize(BUDGETS);
        for (Document budget : budgets) {
            String id = budget.getString("_id");
            List<String> versions = versionsByBudget.get(id);
            assertThat(versions).as("a budget nobody uploaded: " + id).isNotNull();
            assertThat(budget.getList("documentIds", String.class)).as(id + ": every version once, none twice")
                    .containsExactlyInAnyOrderElementsOf(versions);
            assertThat(budget.getLong("revision")).as(id + ": one write per version").isEqualTo(versions.size());
            assertThat(budget.getList("history", Document.class)).as(id).hasSize(versions.size() - 1);
            String current = budget.getEmbedded(List.of("current", "documentId"), String.class);
            if (versions.size() == 2) {
                assertThat(secondIds).as(id + ": the later upload is the current version").contains(current);
            }
            Expected e = expected.get(current);
            assertThat(budget.getString("status")).as(id).isEqualTo(e.status());
        }
        assertThat(first.size() + second.size()).isEqualTo(DOCUMENTS);
    }

    private static String report(LocalStack stack, Map<String, Expected> expected, Uploader uploader, double upSeconds,
                                 double killSeconds, long storedAtKill, int uploadedAtKill, int inFlight, ClusterView.Lag busiest,
                                 List<LocalStack.Instance> victims, Recovery recovery, Map<String, Long> rebalances,
                                 double drainSeconds, double batchSeconds, int validatedEvents) {
        Map<String, Long> statuses = expected.values().stream()
                .collect(Collectors.groupingBy(Expected::status, TreeMap::new, Collectors.counting()));
        StringBuilder out = new StringBuilder("\n== scale-out: ").append(stack.shape().brokers()).append(" brokers (replication ")
                .append(stack.shape().replicationFactor()).append(", min.insync.replicas ").append(stack.shape().minInsyncReplicas())
                .append(", acks=all), ").append(INSTANCES).append(" instances of each of the 4 services (")
                .append(stack.instances().size() - stack.shape().brokers()).append(" service JVMs), started in ")
                .append(String.format("%.1f s", upSeconds)).append('\n');
        out.append(String.format("documents:  %d (%d budgets, %d of them in a second version) in %d upload requests over %d ingest"
                        + " instances, %d retried on another instance after a failure; expected %s%n",
                DOCUMENTS, BUDGETS, SECOND_VERSIONS, uploader.requests(), INSTANCES, uploader.retries(), statuses));
        out.append(String.format("kills:      %d, at %.1f s into the batch (%d of %d uploaded, %d upload requests in flight, %d stored),"
                        + " SIGKILL at once: %s; broker %d led %s, the busiest partition (%d records behind for %s)%n",
                victims.size(), killSeconds, uploadedAtKill, DOCUMENTS, inFlight, storedAtKill,
                victims.stream().map(LocalStack.Instance::name).collect(Collectors.joining(", ")),
                busiest.leader(), busiest.partition(), busiest.records(), busiest.group()));
        out.append(String.format("recovery:   partitions led and in sync without broker %d after %.1f s; groups settled on the"
                        + " surviving instances after %s; first document stored after the kills at %.1f s; recovered in %.1f s%n",
                busiest.leader(), recovery.leadersMoved(), recovery.groupsSettled().entrySet().stream()
                        .map(e -> e.getKey() + " " + String.format("%.1f s", e.getValue())).collect(Collectors.joining(", ")),
                recovery.firstStored(), recovery.recovered()));
        out.append("rebalances: after the kills, as the surviving consumers count them: ").append(rebalances.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        out.append(String.format("end:        %d/%d documents validated, each once and in its expected state; %d budget records,"
                        + " %d with two versions, the later one current; %d validated events for %d documents (%d redelivered,"
                        + " absorbed); no dead letter; drained %.1f s after the kills, batch %.1f s%n",
                DOCUMENTS, DOCUMENTS, BUDGETS, SECOND_VERSIONS, validatedEvents, DOCUMENTS, validatedEvents - DOCUMENTS,
                drainSeconds, batchSeconds));
        return out.toString();
    }

    private static void awaitOrFail(BooleanSupplier condition, String what) {
        await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
