package budget.cli.up;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The whole pipeline on this machine: a real Kafka broker (KRaft, its own JVM), the MongoDB wire server
 * on disk (its own JVM) and the four services (one JVM each), all children of the launcher and stopped
 * with it.
 */
public final class LocalStack implements AutoCloseable {

    public static final List<String> SERVICES = List.of("ingest-service", "parse-service", "validate-service", "query-service");

    private final Path home;
    private final Path dataDir;
    private final Ports ports;
    private final String java = ProcessHandle.current().info().command().orElse("java");
    private final String parentPid = String.valueOf(ProcessHandle.current().pid());
    private final List<ChildProcess> children = Collections.synchronizedList(new ArrayList<>());

    /** The fixed, documented ports of the local run. */
    public record Ports(int kafka, int kafkaController, int mongo, int ingest, int parse, int validate, int query) {
        public int service(String name) {
            return switch (name) {
                case "ingest-service" -> ingest;
                case "parse-service" -> parse;
                case "validate-service" -> validate;
                case "query-service" -> query;
                default -> throw new IllegalArgumentException(name);
            };
        }
    }

    private final String apiKey;

    public LocalStack(Path home, Path dataDir, Ports ports, String apiKey) {
        this.home = home;
        this.dataDir = dataDir;
        this.ports = ports;
        this.apiKey = apiKey;
    }

    public Path logs() {
        return dataDir.resolve("logs");
    }

    public void startInfrastructure() throws IOException, InterruptedException {
        requirePortsFree();
        ChildProcess mongo = spawn("mongodb", List.of("-Xmx1536m", "-XX:+UseSerialGC", "-cp", stackClasspath(),
                "budget.stack.Supervised", parentPid, "budget.stack.EmbeddedMongo", String.valueOf(ports.mongo()),
                dataDir.resolve("mongo").resolve("budget.mv").toString()));
        Path kafkaDir = dataDir.resolve("kafka");
        Path properties = writeBrokerProperties(kafkaDir);
        if (!Files.exists(kafkaDir.resolve("logs").resolve("meta.properties"))) {
            ChildProcess.runToCompletion("kafka-format", List.of(java, "-cp", stackClasspath(),
                    "kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", properties.toString()),
                    logs(), Duration.ofSeconds(60));
        }
        ChildProcess kafka = spawn("kafka", List.of("-Xmx512m", "-Xms128m", "-cp", stackClasspath(),
                "budget.stack.Supervised", parentPid, "kafka.Kafka", properties.toString()));
        mongo.awaitPort(ports.mongo(), Duration.ofSeconds(60));
        kafka.awaitPort(ports.kafka(), Duration.ofSeconds(90));
    }

    /** A stack already listening on these ports would answer in place of the new one: refuse to start beside it. */
    private void requirePortsFree() {
        List<Integer> all = new ArrayList<>(List.of(ports.kafka(), ports.kafkaController(), ports.mongo()));
        SERVICES.forEach(service -> all.add(ports.service(service)));
        for (int port : all) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress("localhost", port));
            } catch (IOException e) {
                throw new IllegalStateException("port " + port + " is already in use (another ./budget up or bench still "
                        + "running?); stop it first, ports in use: " + all);
            }
        }
    }

    /**
     * The heap of a service: parse-service reads PDFs (up to 128 MiB of decoded streams each, one at a time) and
     * query-service renders their pages (up to 48 MiB per image, two at a time), so those two get more.
     */
    private static String heap(String service) {
        return service.equals("parse-service") || service.equals("query-service") ? "-Xmx640m" : "-Xmx384m";
    }

    /** Starts the four services at once (they start faster side by side) and waits until all are healthy. */
    public void startServices() throws IOException {
        List<ChildProcess> services = new ArrayList<>();
        for (String service : SERVICES) {
            Path jar = home.resolve(service).resolve("target").resolve(service + "-exec.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing; build with: mvn -B -DskipTests install");
            }
            services.add(spawn(service, List.of(heap(service), "-XX:+UseSerialGC",
                    "-Dbudget.parent-pid=" + parentPid, "-jar", jar.toString(),
                    "--server.port=" + ports.service(service),
                    "--budget.kafka.bootstrap-servers=localhost:" + ports.kafka(),
                    "--budget.mongo.uri=mongodb://localhost:" + ports.mongo(),
                    "--budget.ingest.status-base-url=http://localhost:" + ports.query() + "/api/documents/",
                    "--budget.query.public-base-url=http://localhost:" + ports.query(),
                    // the web interface (served by query-service) uploads to ingest-service across origins
                    "--budget.query.ingest-url=http://localhost:" + ports.ingest(),
                    "--budget.ingest.cors-allowed-origins=http://localhost:" + ports.query() + ",http://127.0.0.1:" + ports.query(),
                    "--budget.security.api-keys=" + apiKey)));
        }
        CompletableFuture.allOf(services.stream().map(service -> CompletableFuture.runAsync(() -> {
            try {
                service.awaitHealthy(ports.service(service.name()), Duration.ofSeconds(180));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        })).toArray(CompletableFuture[]::new)).join();
    }

    /** Process name → pid of everything running, for the benchmark's CPU and memory figures. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        synchronized (children) {
            children.stream().filter(ChildProcess::alive).forEach(c -> pids.put(c.name(), c.pid()));
        }
        return pids;
    }

    private ChildProcess spawn(String name, List<String> jvmArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(jvmArgs);
        ChildProcess child = ChildProcess.start(name, command, logs());
        children.add(child);
        return child;
    }

    private String stackClasspath() throws IOException {
        Path target = home.resolve("local-stack").resolve("target");
        Path classpath = target.resolve("runtime-classpath.txt");
        if (!Files.exists(classpath)) {
            throw new IllegalStateException(classpath + " is missing; build with: mvn -B -DskipTests install");
        }
        return target.resolve("classes") + File.pathSeparator
                + Files.readString(classpath, StandardCharsets.UTF_8).strip();
    }

    private Path writeBrokerProperties(Path kafkaDir) throws IOException {
        Files.createDirectories(kafkaDir);
        String maxMessage = String.valueOf(64 * 1024 * 1024);
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + ports.kafkaController(),
                "listeners=PLAINTEXT://127.0.0.1:" + ports.kafka() + ",CONTROLLER://127.0.0.1:" + ports.kafkaController(),
                "advertised.listeners=PLAINTEXT://localhost:" + ports.kafka(),
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + kafkaDir.resolve("logs").toAbsolutePath(),
                "num.partitions=6",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "min.insync.replicas=1",
                "group.initial.rebalance.delay.ms=0",
                "message.max.bytes=" + maxMessage,
                "replica.fetch.max.bytes=" + maxMessage,
                "");
        Path file = kafkaDir.resolve("server.properties");
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        return file;
    }

    /** A KRaft cluster id: 16 random bytes, URL-safe base64 without padding (what StorageTool random-uuid prints). */
    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** Stops the services first (they commit offsets and flush), then the broker and the store. */
    @Override
    public void close() {
        List<ChildProcess> all = new ArrayList<>(children);
        Collections.reverse(all);
        List<ChildProcess> services = all.stream().filter(c -> SERVICES.contains(c.name())).toList();
        CompletableFuture.allOf(services.stream()
                .map(c -> CompletableFuture.runAsync(() -> c.stop(Duration.ofSeconds(20))))
                .toArray(CompletableFuture[]::new)).join();
        all.stream().filter(c -> !SERVICES.contains(c.name())).forEach(c -> c.stop(Duration.ofSeconds(30)));
        children.clear();
    }
}
