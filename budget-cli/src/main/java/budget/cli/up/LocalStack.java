package budget.cli.up;

import budget.cli.KafkaConnection;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The whole pipeline on this machine: real Kafka brokers (KRaft, one JVM each), the MongoDB wire server
 * on disk (its own JVM) and the four services (one JVM per instance), all children of the launcher and
 * stopped with it.
 *
 * <p>Its {@link Shape} is one broker and one instance of each service by default; with three brokers the
 * brokers form one cluster (each also a KRaft controller, so the quorum survives one loss), topics are
 * replicated three times with {@code min.insync.replicas=2}, and several instances of a service share its
 * partitions in the service's consumer group.
 */
public final class LocalStack implements AutoCloseable {

    public static final List<String> SERVICES = List.of("ingest-service", "parse-service", "validate-service", "query-service");

    /** Broker n (from 1) listens on kafka + 2(n−1), its controller on kafkaController + 2(n−1). */
    private static final int BROKER_PORT_STEP = 2;
    /** Instance i (from 1) of a service listens on the service's port + 10(i−1). */
    public static final int INSTANCE_PORT_STEP = 10;
    private static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    private final Path home;
    private final Path dataDir;
    private final Ports ports;
    private final Shape shape;
    private final String apiKey;
    private final String java = ProcessHandle.current().info().command().orElse("java");
    private final String parentPid = String.valueOf(ProcessHandle.current().pid());
    private final List<ChildProcess> children = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Instance> instances = Collections.synchronizedMap(new LinkedHashMap<>());
    /** JVM options of every service instance; null: the heap of each service ({@link #heap}), the serial GC, the compiler. */
    private List<String> serviceJvmOptions;
    private StackCompiler compiler = StackCompiler.C1;
    /** Restarts processes that exit unasked, once the stack is up; null: none (a test that kills to watch the rest). */
    private RestartPolicy restartPolicy;
    private Consumer<String> announcer = line -> { };
    private final Map<String, RestartPolicy.Backoff> backoffs = new ConcurrentHashMap<>();
    private final Map<String, Integer> restarts = new ConcurrentHashMap<>();
    private final ScheduledExecutorService restarter = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "budget-up-restarter");
        thread.setDaemon(true);
        return thread;
    });
    /** Guards starting a process against stopping the stack: nothing starts once closing is set. */
    private final Object lifecycle = new Object();
    private volatile boolean supervising;
    private volatile boolean closing;
    /** The one client user of a broker that takes SASL/PLAIN only (null: a PLAINTEXT listener). */
    private SaslUser sasl;

    /** A user name and password a SASL/PLAIN listener accepts. */
    public record SaslUser(String name, String password) {
    }

    /** The ports of broker 1 and of instance 1 of each service; the others follow (see the constants). */
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

        /** The port of broker {@code node} (1, 2, ...). */
        public int broker(int node) {
            return kafka + BROKER_PORT_STEP * (node - 1);
        }

        public int controller(int node) {
            return kafkaController + BROKER_PORT_STEP * (node - 1);
        }

        /** The port of instance {@code instance} (1, 2, ...) of a service. */
        public int service(String name, int instance) {
            return service(name) + INSTANCE_PORT_STEP * (instance - 1);
        }
    }

    /**
     * How many brokers and how many instances of each service. Topics are replicated on min(brokers, 3)
     * brokers and a write needs min.insync.replicas of them: 2 once there are three replicas, else 1.
     */
    public record Shape(int brokers, int instances) {
        public static final Shape SINGLE = new Shape(1, 1);

        public Shape {
            if (brokers < 1 || brokers > 9) {
                throw new IllegalArgumentException("brokers must be 1 to 9, not " + brokers);
            }
            if (instances < 1 || instances > 6) {
                // the topics have 6 partitions: a seventh instance would have nothing to consume
                throw new IllegalArgumentException("instances must be 1 to 6 (the topics' partitions), not " + instances);
            }
        }

        public int replicationFactor() {
            return Math.min(brokers, 3);
        }

        public int minInsyncReplicas() {
            return replicationFactor() >= 3 ? 2 : 1;
        }
    }

    /** One running (or killed) process of the stack: a broker, the store, or an instance of a service. */
    public record Instance(String name, String service, int number, int port) {
        /** Whether this is a broker (its number is then its node id). */
        public boolean broker() {
            return "kafka".equals(service);
        }
    }

    public LocalStack(Path home, Path dataDir, Ports ports, String apiKey) {
        this(home, dataDir, ports, apiKey, Shape.SINGLE);
    }

    public LocalStack(Path home, Path dataDir, Ports ports, String apiKey, Shape shape) {
        this.home = home;
        this.dataDir = dataDir;
        this.ports = ports;
        this.apiKey = apiKey;
        this.shape = shape;
    }

    /**
     * How the services' and the brokers' JVMs compile their code. The stack's JVMs share the machine's cores, and
     * what a service or the broker runs per document is mostly framework and client code run a few times each: the
     * optimising compiler (C2) spends more CPU compiling it over the first several thousand documents than its
     * faster code saves. The embedded store is compiled by C2 alone: its page and BSON loops run thousands of
     * times per document, and compiled by C1 alone it costs nearly twice as much once warm.
     */
    public enum StackCompiler {
        /** The client compiler only ({@code -XX:TieredStopAtLevel=1}): cheap to compile, somewhat slower code. */
        C1(List.of("-XX:TieredStopAtLevel=1")),
        /** The JVM's default, tiered C1 then C2: the fastest code once warm, after compiling for thousands of documents. */
        TIERED(List.of());

        private final List<String> options;

        StackCompiler(List<String> options) {
            this.options = options;
        }
    }

    /** How the services and brokers compile (default {@link StackCompiler#C1}); services: not under {@link #serviceJvmOptions}. */
    public LocalStack compiler(StackCompiler compiler) {
        this.compiler = compiler;
        return this;
    }

    /** The JVM options of every service instance (default: the service's heap, the serial collector, the compiler). */
    public LocalStack serviceJvmOptions(List<String> options) {
        this.serviceJvmOptions = List.copyOf(options);
        return this;
    }

    /**
     * Starts again, with the policy's back-off, every process of the stack (service instance, broker, store)
     * that exits without being asked to once the stack is up, and tells {@code announce} (and
     * {@code logs/budget-up.log}, and the process's own log) each exit and restart.
     */
    public LocalStack restartOnExit(RestartPolicy policy, Consumer<String> announce) {
        this.restartPolicy = policy;
        this.announcer = announce;
        return this;
    }

    /**
     * The brokers listen with SASL_PLAINTEXT only and accept PLAIN logins of this user (and of their own
     * inter-broker user); every service and every client of {@link #kafkaConnection()} logs in as it.
     */
    public LocalStack saslPlain(SaslUser user) {
        this.sasl = user;
        return this;
    }

    /** How a client reaches the brokers: their addresses and, with SASL, the login. */
    public KafkaConnection kafkaConnection() {
        if (sasl == null) {
            return KafkaConnection.plain(bootstrapServers());
        }
        return new KafkaConnection(bootstrapServers(), Map.of(
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", plainLogin(sasl)));
    }

    private static String plainLogin(SaslUser user) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user.name()
                + "\" password=\"" + user.password() + "\";";
    }

    /** Restarts so far of each process that was restarted, by name. */
    public Map<String, Integer> restarts() {
        return Map.copyOf(restarts);
    }

    public Path logs() {
        return dataDir.resolve("logs");
    }

    public Ports ports() {
        return ports;
    }

    public Shape shape() {
        return shape;
    }

    /** The bootstrap list of every broker, as the services get it. */
    public String bootstrapServers() {
        return IntStream.rangeClosed(1, shape.brokers()).mapToObj(n -> "localhost:" + ports.broker(n))
                .collect(Collectors.joining(","));
    }

    public void startInfrastructure() throws IOException, InterruptedException {
        requirePortsFree();
        // C2 alone: the store's page, key and BSON loops are compiled once they are hot, and the rest of its code
        // (start-up, commands run now and then) is never compiled at all; tiered, it compiled about 11 ms of CPU per
        // document through the first thousand documents, C2 alone about 3 (see StackCompiler for the services)
        ChildProcess mongo = spawn("mongodb", "mongodb", 1, ports.mongo(), List.of("-Xmx1536m", "-XX:+UseSerialGC",
                "-XX:-TieredCompilation",
                "-cp", stackClasspath(), "budget.stack.Supervised", parentPid, "budget.stack.EmbeddedMongo",
                String.valueOf(ports.mongo()), dataDir.resolve("mongo").resolve("budget.mv").toString()));
        String clusterId = clusterId();
        List<CompletableFuture<Path>> formatted = new ArrayList<>();
        for (int node = 1; node <= shape.brokers(); node++) {
            int n = node;
            formatted.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return formatBroker(n, clusterId);
                } catch (IOException e) {
                    throw new IllegalStateException("broker " + n + ": " + e.getMessage(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
            }));
        }
        List<ChildProcess> brokers = new ArrayList<>();
        for (int node = 1; node <= shape.brokers(); node++) {
            Path properties = formatted.get(node - 1).join();
            List<String> options = new ArrayList<>(List.of("-Xmx512m", "-Xms128m"));
            options.addAll(compiler.options);
            options.addAll(List.of("-cp", stackClasspath(), "budget.stack.Supervised", parentPid, "kafka.Kafka",
                    properties.toString()));
            brokers.add(spawn(brokerName(node), "kafka", node, ports.broker(node), options));
        }
        mongo.awaitPort(ports.mongo(), Duration.ofSeconds(60));
        for (int node = 1; node <= shape.brokers(); node++) {
            brokers.get(node - 1).awaitPort(ports.broker(node), Duration.ofSeconds(90));
        }
    }

    /** Writes the broker's properties and formats its storage the first time; returns the properties file. */
    private Path formatBroker(int node, String clusterId) throws IOException, InterruptedException {
        Path kafkaDir = brokerDirectory(node);
        Path properties = writeBrokerProperties(node, kafkaDir);
        if (!Files.exists(kafkaDir.resolve("logs").resolve("meta.properties"))) {
            ChildProcess.runToCompletion(brokerName(node) + "-format", List.of(java, "-cp", stackClasspath(),
                    // one argument with its value: an id that starts with '-' (1 in 64) is otherwise read as an option
                    "kafka.tools.StorageTool", "format", "--cluster-id=" + clusterId, "-c", properties.toString()),
                    logs(), Duration.ofSeconds(90));
        }
        return properties;
    }

    /** One broker keeps the single-broker layout (kafka/); a cluster of n has its own (kafka-n-brokers/broker-i/). */
    private Path brokerDirectory(int node) {
        return shape.brokers() == 1 ? dataDir.resolve("kafka")
                : dataDir.resolve("kafka-" + shape.brokers() + "-brokers").resolve("broker-" + node);
    }

    private String brokerName(int node) {
        return shape.brokers() == 1 ? "kafka" : "kafka-" + node;
    }

    private String instanceName(String service, int instance) {
        return shape.instances() == 1 ? service : service + "-" + instance;
    }

    /** A stack already listening on these ports would answer in place of the new one: refuse to start beside it. */
    private void requirePortsFree() {
        List<Integer> all = new ArrayList<>(List.of(ports.mongo()));
        for (int node = 1; node <= shape.brokers(); node++) {
            all.add(ports.broker(node));
            all.add(ports.controller(node));
        }
        for (String service : SERVICES) {
            for (int instance = 1; instance <= shape.instances(); instance++) {
                all.add(ports.service(service, instance));
            }
        }
        if (all.stream().distinct().count() < all.size()) {
            throw new IllegalStateException("two processes of the stack would share a port: " + all
                    + " (broker n listens on the Kafka port + " + BROKER_PORT_STEP + "(n-1), instance i of a service on its port + "
                    + INSTANCE_PORT_STEP + "(i-1)); choose other ports");
        }
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

    /**
     * Starts every instance of the four services at once (they start faster side by side) and waits until
     * all are healthy.
     */
    public void startServices() throws IOException {
        List<ChildProcess> started = new ArrayList<>();
        for (String service : SERVICES) {
            for (int instance = 1; instance <= shape.instances(); instance++) {
                started.add(startInstance(service, instance));
            }
        }
        // side by side on two cores, every further JVM slows the others' start
        Duration patience = Duration.ofSeconds(180 + 60L * (shape.instances() - 1));
        CompletableFuture.allOf(started.stream().map(child -> CompletableFuture.runAsync(() -> {
            try {
                child.awaitHealthy(instances.get(child.name()).port(), patience);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        })).toArray(CompletableFuture[]::new)).join();
        supervising = restartPolicy != null;
    }

    private ChildProcess startInstance(String service, int instance) throws IOException {
        Path jar = home.resolve(service).resolve("target").resolve(service + "-exec.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing; build with: mvn -B -DskipTests install");
        }
        int port = ports.service(service, instance);
        List<String> command = new ArrayList<>();
        if (serviceJvmOptions != null) {
            command.addAll(serviceJvmOptions);
        } else {
            command.addAll(List.of(heap(service), "-XX:+UseSerialGC"));
            command.addAll(compiler.options);
        }
        command.addAll(List.of("-Dbudget.parent-pid=" + parentPid, "-jar", jar.toString(),
                "--server.port=" + port,
                "--budget.kafka.bootstrap-servers=" + bootstrapServers(),
                "--budget.topics.replication-factor=" + shape.replicationFactor(),
                "--budget.mongo.uri=mongodb://localhost:" + ports.mongo(),
                "--budget.ingest.status-base-url=http://localhost:" + ports.query() + "/api/documents/",
                "--budget.query.public-base-url=http://localhost:" + ports.query(),
                // the web interface (served by query-service) uploads to ingest-service across origins
                "--budget.query.ingest-url=http://localhost:" + ports.ingest(),
                "--budget.ingest.cors-allowed-origins=http://localhost:" + ports.query() + ",http://127.0.0.1:"
                        + ports.query(),
                "--budget.security.api-keys=" + apiKey));
        command.addAll(kafkaConnection().asServiceArguments());
        return spawn(instanceName(service, instance), service, instance, port, command);
    }

    /** Every broker and service instance started, in start order (killed ones included). */
    public List<Instance> instances() {
        synchronized (instances) {
            return instances.values().stream().filter(i -> !"mongodb".equals(i.service())).toList();
        }
    }

    /** The instances of one service ("kafka" for the brokers), in order. */
    public List<Instance> instances(String service) {
        return instances().stream().filter(i -> i.service().equals(service)).toList();
    }

    public boolean alive(Instance instance) {
        return child(instance.name()).alive();
    }

    /** SIGKILL: no shutdown hook, no offset commit, no flush, no controlled shutdown: what a crashed machine does. */
    public void kill(Instance instance) {
        child(instance.name()).kill();
    }

    private ChildProcess child(String name) {
        synchronized (children) {
            return children.stream().filter(c -> c.name().equals(name)).reduce((first, last) -> last)
                    .orElseThrow(() -> new IllegalArgumentException("no process " + name));
        }
    }

    /** Process name → pid of everything running, for the benchmark's CPU and memory figures. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        synchronized (children) {
            children.stream().filter(ChildProcess::alive).forEach(c -> pids.put(c.name(), c.pid()));
        }
        return pids;
    }

    private ChildProcess spawn(String name, String service, int number, int port, List<String> jvmArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(jvmArgs);
        instances.put(name, new Instance(name, service, number, port));
        return launch(name, List.copyOf(command));
    }

    private ChildProcess launch(String name, List<String> command) throws IOException {
        synchronized (lifecycle) {
            if (closing) {
                throw new IllegalStateException("the stack is stopping; " + name + " is not started");
            }
            ChildProcess child = ChildProcess.start(name, command, logs());
            children.add(child);
            child.onExit(code -> exited(child, code, command));
            return child;
        }
    }

    /** A process ended: unless the stack stopped it (or is not supervising), it is started again after its back-off. */
    private void exited(ChildProcess child, int code, List<String> command) {
        if (!supervising || closing || child.stopRequested()) {
            return;
        }
        Duration uptime = child.uptime();
        Duration delay = backoffs.computeIfAbsent(child.name(), n -> restartPolicy.backoff()).next(uptime);
        int count = restarts.merge(child.name(), 1, Integer::sum);
        announce(child, String.format("%s exited unexpectedly (exit code %d, after %s up); restart %d in %s",
                child.name(), code, seconds(uptime), count, seconds(delay)));
        try {
            restarter.schedule(() -> restart(child, command), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the stack is stopping
        }
    }

    private void restart(ChildProcess old, List<String> command) {
        try {
            ChildProcess child = launch(old.name(), command);
            announce(child, old.name() + " restarted (pid " + child.pid() + ")");
        } catch (IllegalStateException e) {
            // closing: nothing more is started
        } catch (IOException e) {
            announce(old, old.name() + " could not be started again: " + e.getMessage() + "; trying again");
            exited(old, -1, command);
        }
    }

    private void announce(ChildProcess child, String message) {
        String line = Instant.now() + " budget up: " + message;
        child.note(line);
        try {
            Files.createDirectories(logs());
            Files.writeString(logs().resolve("budget-up.log"), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // still said on the output
        }
        announcer.accept(message);
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
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

    private Path writeBrokerProperties(int node, Path kafkaDir) throws IOException {
        Files.createDirectories(kafkaDir);
        String maxMessage = String.valueOf(MAX_MESSAGE_BYTES);
        String voters = IntStream.rangeClosed(1, shape.brokers()).mapToObj(n -> n + "@127.0.0.1:" + ports.controller(n))
                .collect(Collectors.joining(","));
        String replicas = String.valueOf(shape.replicationFactor());
        String minInsync = String.valueOf(shape.minInsyncReplicas());
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=" + node,
                "controller.quorum.voters=" + voters,
                listeners(node),
                "log.dirs=" + kafkaDir.resolve("logs").toAbsolutePath(),
                "num.partitions=6",
                "default.replication.factor=" + replicas,
                "offsets.topic.replication.factor=" + replicas,
                "transaction.state.log.replication.factor=" + replicas,
                "transaction.state.log.min.isr=" + minInsync,
                "min.insync.replicas=" + minInsync,
                // a lost replica never becomes leader with records the others lack
                "unclean.leader.election.enable=false",
                "group.initial.rebalance.delay.ms=0",
                "message.max.bytes=" + maxMessage,
                "replica.fetch.max.bytes=" + maxMessage,
                "");
        Path file = kafkaDir.resolve("server.properties");
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        return file;
    }

    /** The client and inter-broker listener (PLAINTEXT, or SASL_PLAINTEXT with PLAIN logins) and the controller's. */
    private String listeners(int node) {
        String listener = sasl == null ? "PLAINTEXT" : "SASL_PLAINTEXT";
        List<String> lines = new ArrayList<>(List.of(
                "listeners=" + listener + "://127.0.0.1:" + ports.broker(node) + ",CONTROLLER://127.0.0.1:" + ports.controller(node),
                "advertised.listeners=" + listener + "://localhost:" + ports.broker(node),
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=" + listener + ":" + listener + ",CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=" + listener));
        if (sasl != null) {
            // the brokers log in to each other as "broker"; clients as the stack's user; no other login is taken
            SaslUser broker = new SaslUser("broker", UUID.nameUUIDFromBytes((sasl.password() + "/broker").getBytes(StandardCharsets.UTF_8)).toString());
            lines.add("sasl.enabled.mechanisms=PLAIN");
            lines.add("sasl.mechanism.inter.broker.protocol=PLAIN");
            lines.add("listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required"
                    + " username=\"" + broker.name() + "\" password=\"" + broker.password() + "\""
                    + " user_" + broker.name() + "=\"" + broker.password() + "\""
                    + " user_" + sasl.name() + "=\"" + sasl.password() + "\";");
        }
        return String.join("\n", lines);
    }

    /** A KRaft cluster id: 16 random bytes, URL-safe base64 without padding (what StorageTool random-uuid prints). */
    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** Stops the services first (they commit offsets and flush), then the brokers together, then the store. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            closing = true;
        }
        restarter.shutdownNow();
        List<ChildProcess> all = new ArrayList<>(children);
        Collections.reverse(all);
        stopTogether(all.stream().filter(c -> SERVICES.contains(instances.get(c.name()).service())).toList(), Duration.ofSeconds(20));
        // together: a broker stopped alone waits for a controller quorum the others, stopping, no longer give it
        stopTogether(all.stream().filter(c -> instances.get(c.name()).broker()).toList(), Duration.ofSeconds(30));
        stopTogether(all.stream().filter(c -> "mongodb".equals(instances.get(c.name()).service())).toList(), Duration.ofSeconds(30));
        children.clear();
    }

    private static void stopTogether(List<ChildProcess> processes, Duration grace) {
        CompletableFuture.allOf(processes.stream()
                .map(c -> CompletableFuture.runAsync(() -> c.stop(grace)))
                .toArray(CompletableFuture[]::new)).join();
    }
}
