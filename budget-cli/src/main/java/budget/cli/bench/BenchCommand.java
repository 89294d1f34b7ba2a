package budget.cli.bench;

import budget.cli.ApiKeys;
import budget.cli.Home;
import budget.cli.KafkaConnection;
import budget.cli.client.PipelineClient;
import budget.cli.up.LocalStack;
import budget.events.EventJson;
import budget.parser.pdf.GuardedPdf;
import budget.parser.pdf.PdfLimits;
import budget.parser.pdf.PdfRefusal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code budget bench}: end-to-end throughput and latency of the pipeline, and in the same run the raw
 * Kafka relay baseline on the same broker.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Uploads N distinct realistic documents (the samples renamed) at a fixed rate or as fast as possible,",
                "measures until every one is stored (as query-service's status API says; throughput, upload→stored latency, per-stage latencies),",
                "then moves the same payloads through producer → 3 relays → consumer on the same broker as a baseline.",
                "Starts its own embedded stack (fresh, on ports 19092/27018/18081-18084) unless --kafka is given."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--docs", defaultValue = "1000", description = "Documents to send (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--rate", defaultValue = "0", description = "Documents per second; 0 = as fast as possible (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--warmup", defaultValue = "200", description = {"Documents sent (and awaited) before the measured run, "
            + "so the figures are of warm JVMs, not of class loading and JIT compilation; also warms the baseline",
            "(default: ${DEFAULT-VALUE})."})
    int warmup;

    @Option(names = "--profile", description = "Record a Java Flight Recording of every process of the embedded stack "
            + "during the measured run into this folder (<process>.jfr; read with `jfr print` or JDK Mission Control).")
    Path profile;

    @Option(names = "--pdf", description = "Upload the published PDFs of samples/pdf instead of the texts (each variant the PDF "
            + "with a comment after its end, so its own document and a new version of its budget); pages/s reported.")
    boolean pdf;

    @Option(names = "--jit", defaultValue = "C1", description = {"How the services' and the broker's JVMs compile: C1 (the client compiler only, "
            + "the cheapest on a machine the stack's JVMs share) or TIERED (the JVM's default, C1 then C2: faster code",
            "once warm, after compiling for several thousand documents). The embedded MongoDB is compiled by C2 alone. Default: ${DEFAULT-VALUE}."})
    LocalStack.StackCompiler compiler;

    @Option(names = "--batch", defaultValue = "10", description = "Documents per upload request (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--out", defaultValue = "bench-result.json", description = "Result file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--kafka", description = "Bench a running deployment: its Kafka bootstrap servers (then also --ingest-url, --query-url, --api-key).")
    String kafka;

    @Option(names = "--kafka-config", description = "With --kafka: a Kafka client properties file with what the cluster asks of a client "
            + "(security.protocol, sasl.mechanism, sasl.jaas.config, ssl.truststore.location, ...), as Kafka's own tools take it.")
    Path kafkaConfig;

    @Option(names = "--ingest-url", defaultValue = "http://localhost:8081", description = "The deployment's ingest-service (with --kafka).")
    URI ingestUrl;

    @Option(names = "--query-url", defaultValue = "http://localhost:8084", description = "The deployment's query-service (with --kafka).")
    URI queryUrl;

    @Option(names = "--api-key", description = "The deployment's API key (with --kafka; default $BUDGET_API_KEY).")
    String apiKey;

    @Option(names = "--queries", description = "Benchmark the query API instead: store this many budgets (the samples renamed, "
            + "five years each) through the validated topic, then time every endpoint kind (p50/p95).")
    Integer queries;

    @Option(names = "--timeout", defaultValue = "600", description = "Seconds to wait for every document to be stored (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    private static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
    private static final int PARTITIONS = 6;
    /** Apart from the defaults, so a benchmark never meets a running ./budget up. */
    private static final LocalStack.Ports BENCH_PORTS = new LocalStack.Ports(19092, 19093, 27018, 18081, 18082, 18083, 18084);

    @Override
    public Integer call() throws Exception {
        Path home = Home.path();
        Map<String, byte[]> variants = pdf
                ? DocumentVariants.ofPdfs(DocumentVariants.read(home.resolve("samples").resolve("pdf")), warmup + docs)
                : DocumentVariants.of(DocumentVariants.read(home.resolve("samples")), warmup + docs);
        Map<String, byte[]> warmupDocuments = new LinkedHashMap<>();
        Map<String, byte[]> documents = new LinkedHashMap<>();
        variants.forEach((name, bytes) -> (warmupDocuments.size() < warmup ? warmupDocuments : documents).put(name, bytes));
        LocalStack stack = null;
        KafkaConnection bootstrap = kafka == null ? null : KafkaConnection.of(kafka, kafkaConfig);
        URI ingest = ingestUrl;
        URI query = queryUrl;
        String key = apiKey != null ? apiKey : System.getenv("BUDGET_API_KEY");
        if (kafka == null) {
            Path data = home.resolve(".data").resolve("bench");
            Home.wipe(data);
            key = ApiKeys.localKey(data);
            var ports = BENCH_PORTS;
            stack = new LocalStack(home, data, ports, key).compiler(compiler);
            System.out.println("starting a fresh embedded stack for the benchmark (logs in " + stack.logs() + ") ...");
            stack.startInfrastructure();
            stack.startServices();
            bootstrap = stack.kafkaConnection();
            ingest = URI.create("http://localhost:" + ports.ingest());
            query = URI.create("http://localhost:" + ports.query());
        }
        try {
            // the pipeline as its clients see it: statuses and budgets through query-service's API, never its collections
            PipelineClient uploads = new PipelineClient(ingest, query, key);
            if (queries != null) {
                ObjectNode result = QueryBench.run(DocumentVariants.read(home.resolve("samples")), queries, bootstrap,
                        "budget.documents.validated", uploads, query);
                Files.writeString(out, EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result), StandardCharsets.UTF_8);
                System.out.printf("%n%-26s %10s %10s %10s%n", "query API, " + result.path("budgets").asString() + " budgets", "p50 ms", "p95 ms", "max ms");
                result.path("latencyMs").properties().forEach(e -> System.out.printf("%-26s %10s %10s %10s%n", e.getKey(),
                        e.getValue().path("p50").asString(), e.getValue().path("p95").asString(), e.getValue().path("max").asString()));
                System.out.println("result written to " + out.toAbsolutePath());
                return 0;
            }
            if (!warmupDocuments.isEmpty()) {
                System.out.println("warming up: " + warmupDocuments.size() + " documents through the pipeline and the baseline ...");
                runPipeline(uploads, warmupDocuments, 0);
                KafkaBaseline.run(bootstrap, new ArrayList<>(warmupDocuments.values()), PARTITIONS, MAX_MESSAGE_BYTES);
            }
            Map<String, Long> pids = stack == null ? Map.of() : stack.pids();
            if (profile != null) {
                FlightRecordings.start(pids, profile);
            }
            Map<String, ProcessUsage> before = usage(pids);
            System.out.println("measuring: " + documents.size() + " documents at " + (rate == 0 ? "full speed" : rate + " docs/s") + " ...");
            PipelineRun pipeline = runPipeline(uploads, documents, rate);
            Map<String, ProcessUsage> after = usage(pids);
            if (profile != null) {
                FlightRecordings.stop(pids);
                System.out.println("flight recordings written to " + profile.toAbsolutePath());
            }
            System.out.println("pipeline: " + pipeline.stored() + " documents stored; running the raw Kafka baseline ...");
            KafkaBaseline.Result baseline = KafkaBaseline.run(bootstrap, new ArrayList<>(documents.values()), PARTITIONS, MAX_MESSAGE_BYTES);
            ObjectNode result = result(pipeline, baseline, before, after, stack == null ? null : heap(BENCH_PORTS),
                    pdf ? pages(documents) : 0);
            Files.writeString(out, EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result), StandardCharsets.UTF_8);
            print(result);
            System.out.println("result written to " + out.toAbsolutePath());
            return pipeline.stored() == docs ? 0 : 1;
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    /** Per document: when its upload began and when each stage saw it. */
    record PipelineRun(int stored, double docsPerSecond, List<Long> latenciesMs, Map<String, List<Long>> stageMs,
                       double uploadSeconds) {
    }

    private PipelineRun runPipeline(PipelineClient client, Map<String, byte[]> documents, double rate) throws Exception {
        List<Map<String, byte[]>> batches = new ArrayList<>();
        Map<String, byte[]> current = new LinkedHashMap<>();
        for (var document : documents.entrySet()) {
            current.put(document.getKey(), document.getValue());
            if (current.size() == batch) {
                batches.add(current);
                current = new LinkedHashMap<>();
            }
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        Map<String, Instant> sentAt = new ConcurrentHashMap<>();
        // counted by status alone while waiting: cheap for the service under test; each document's status is read once, at the end
        long validatedBefore = validatedCount(client);
        ExecutorService uploaders = Executors.newFixedThreadPool(4);
        Instant start = Instant.now();
        List<Future<?>> uploads = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            if (rate > 0) {
                long due = start.toEpochMilli() + (long) (i * batch * 1000 / rate);
                long wait = due - System.currentTimeMillis();
                if (wait > 0) {
                    Thread.sleep(wait);
                }
            }
            Map<String, byte[]> documentsOfBatch = batches.get(i);
            uploads.add(uploaders.submit(() -> {
                Instant sent = Instant.now();
                for (PipelineClient.Receipt receipt : client.upload(documentsOfBatch)) {
                    sentAt.put(receipt.documentId(), sent);
                }
                return null;
            }));
        }
        for (Future<?> upload : uploads) {
            upload.get();
        }
        uploaders.shutdown();
        double uploadSeconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        System.out.printf("uploaded %d documents in %.1f s; waiting until all are stored ...%n", sentAt.size(), uploadSeconds);

        Instant deadline = Instant.now().plusSeconds(timeoutSeconds);
        long stored = 0;
        while (Instant.now().isBefore(deadline) && validatedCount(client) - validatedBefore < sentAt.size()) {
            Thread.sleep(500);
        }
        // the stored status can overtake the tracking of the earlier stages (another consumer): give it a moment
        List<JsonNode> finished = finishedStatuses(client, sentAt.keySet());
        Instant settle = Instant.now().plusSeconds(30);
        while (finished.stream().anyMatch(BenchCommand::stageMissing) && Instant.now().isBefore(settle)) {
            Thread.sleep(500);
            Set<String> incomplete = finished.stream().filter(BenchCommand::stageMissing)
                    .map(status -> status.path("documentId").asString()).collect(java.util.stream.Collectors.toSet());
            List<JsonNode> again = finishedStatuses(client, incomplete);
            finished = Stream.concat(finished.stream().filter(status -> !stageMissing(status)), again.stream()).toList();
        }
        List<Long> latencies = new ArrayList<>();
        Map<String, List<Long>> stages = new LinkedHashMap<>();
        List.of("upload→received", "received→parsed", "parsed→validated", "validated→stored").forEach(s -> stages.put(s, new ArrayList<>()));
        Instant last = start;
        for (JsonNode status : finished) {
            stored++;
            Instant sent = sentAt.get(status.path("documentId").asString());
            JsonNode stageTimes = status.path("stages");
            Instant storedAt = Instant.parse(stageTimes.path("validated").path("storedAt").asString());
            latencies.add(Duration.between(sent, storedAt).toMillis());
            last = storedAt.isAfter(last) ? storedAt : last;
            if (stageMissing(status)) {
                continue;
            }
            Instant received = Instant.parse(stageTimes.path("received").path("at").asString());
            Instant parsed = Instant.parse(stageTimes.path("parsed").path("at").asString());
            Instant validated = Instant.parse(stageTimes.path("validated").path("at").asString());
            stages.get("upload→received").add(Duration.between(sent, received).toMillis());
            stages.get("received→parsed").add(Duration.between(received, parsed).toMillis());
            stages.get("parsed→validated").add(Duration.between(parsed, validated).toMillis());
            stages.get("validated→stored").add(Duration.between(validated, storedAt).toMillis());
        }
        double seconds = Math.max(1, Duration.between(start, last).toMillis()) / 1000.0;
        return new PipelineRun((int) stored, latencies.size() / seconds, latencies, stages, uploadSeconds);
    }

    /** Documents stored so far, as query-service's status tracker counts them. */
    private static long validatedCount(PipelineClient client) throws IOException, InterruptedException {
        return EventJson.mapper().readTree(client.get("/api/documents/statuses", "application/json"))
                .path("VALIDATED").asLong(0);
    }

    /** The status of each of these documents that is stored, read once each from the status API. */
    private static List<JsonNode> finishedStatuses(PipelineClient client, Set<String> ids)
            throws IOException, InterruptedException {
        List<JsonNode> finished = new ArrayList<>();
        for (String id : ids) {
            client.status(id).filter(status -> "VALIDATED".equals(status.path("status").asString())).ifPresent(finished::add);
        }
        return finished;
    }

    private static boolean stageMissing(JsonNode status) {
        JsonNode stageTimes = status.path("stages");
        return Stream.of("received", "parsed", "validated").anyMatch(stage -> !stageTimes.path(stage).has("at"));
    }

    /** The pages of the measured PDFs, counted as ingest counts them. */
    private static long pages(Map<String, byte[]> documents) {
        long pages = 0;
        for (byte[] bytes : documents.values()) {
            try (GuardedPdf opened = GuardedPdf.open(bytes, PdfLimits.defaults())) {
                pages += opened.pageCount();
            } catch (PdfRefusal refusal) {
                throw new IllegalStateException("a sample PDF does not open: " + refusal.getMessage(), refusal);
            }
        }
        return pages;
    }

    private ObjectNode result(PipelineRun pipeline, KafkaBaseline.Result baseline, Map<String, ProcessUsage> before,
                              Map<String, ProcessUsage> after, Map<String, Long> heap, long pages) {
        ObjectNode result = EventJson.mapper().createObjectNode();
        result.put("at", Instant.now().toString());
        result.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                + (Runtime.getRuntime().maxMemory() / (1024 * 1024)) + " MiB max heap for the bench JVM");
        result.put("target", kafka == null ? "embedded stack" : "deployment at " + kafka);
        result.put("docs", docs);
        result.put("input", pdf ? "PDF (samples/pdf)" : "text (samples)");
        result.put("rate", rate == 0 ? "max" : String.valueOf(rate));
        result.put("stored", pipeline.stored());
        result.put("docsPerSecond", round(pipeline.docsPerSecond()));
        if (pages > 0) {
            result.put("pages", pages);
            result.put("pagesPerSecond", round(pipeline.docsPerSecond() * pages / Math.max(1, pipeline.stored())));
        }
        result.put("uploadSeconds", round(pipeline.uploadSeconds()));
        result.set("latencyMs", EventJson.mapper().valueToTree(Percentiles.of(pipeline.latenciesMs())));
        ObjectNode stages = result.putObject("stageLatencyMs");
        pipeline.stageMs().forEach((stage, values) -> stages.set(stage, EventJson.mapper().valueToTree(Percentiles.of(values))));
        result.put("kafkaBaselineDocsPerSecond", round(baseline.docsPerSecond()));
        result.set("kafkaBaselineLatencyMs", EventJson.mapper().valueToTree(Percentiles.of(baseline.latenciesMs())));
        result.put("ratioToBaseline", round(pipeline.docsPerSecond() / baseline.docsPerSecond()));
        ObjectNode processes = result.putObject("processes");
        double[] total = new double[2];
        double perDocument = 1000.0 / Math.max(1, pipeline.stored());
        after.forEach((name, usage) -> {
            ObjectNode process = processes.putObject(name);
            ProcessUsage.Interval run = usage.since(before.get(name));
            double cpu = run.cpuSeconds();
            double jit = run.jitCpuSeconds();
            double gc = run.gcCpuSeconds();
            total[0] += cpu;
            total[1] += jit;
            process.put("cpuSeconds", round(cpu));
            process.put("cpuMsPerDocument", round(cpu * perDocument));
            process.put("jitCpuMsPerDocument", round(jit * perDocument));
            process.put("gcCpuMsPerDocument", round(gc * perDocument));
            process.put("residentMiB", usage.residentBytes() / (1024 * 1024));
            if (heap != null && heap.containsKey(name)) {
                process.put("heapUsedMiB", heap.get(name));
            }
        });
        if (!after.isEmpty()) {
            result.put("cpuMsPerDocument", round(total[0] * perDocument));
            result.put("jitCpuMsPerDocument", round(total[1] * perDocument));
            if (pages > 0) {
                result.put("cpuMsPerPage", round(total[0] * 1000 / pages));
            }
        }
        result.put("loadAverage", loadAverage());
        return result;
    }

    private static void print(ObjectNode result) {
        System.out.println();
        System.out.printf("%-34s %s%n", "documents stored", result.path("stored").asString() + " / " + result.path("docs").asString());
        System.out.printf("%-34s %s%n", "pipeline docs/s", result.path("docsPerSecond").asString());
        if (result.has("pagesPerSecond")) {
            System.out.printf("%-34s %s (%s pages)%n", "pipeline pages/s", result.path("pagesPerSecond").asString(),
                    result.path("pages").asString());
        }
        System.out.printf("%-34s %s%n", "upload→stored ms p50/p95/p99/max", percentiles(result.path("latencyMs")));
        result.path("stageLatencyMs").properties().forEach(e ->
                System.out.printf("  %-32s %s%n", e.getKey() + " ms", percentiles(e.getValue())));
        System.out.printf("%-34s %s%n", "raw Kafka relay baseline docs/s", result.path("kafkaBaselineDocsPerSecond").asString());
        System.out.printf("%-34s %s%n", "pipeline / baseline", result.path("ratioToBaseline").asString());
        if (result.has("cpuMsPerDocument")) {
            System.out.printf("%-34s %s%s (JIT compilation %s of it)%n", "CPU ms per document (all)",
                    result.path("cpuMsPerDocument").asString(),
                    result.has("cpuMsPerPage") ? ", per page " + result.path("cpuMsPerPage").asString() : "",
                    result.path("jitCpuMsPerDocument").asString());
        }
        System.out.printf("%-34s %s%n", "load average (1/5/15 min)", result.path("loadAverage").asString());
        result.path("processes").properties().forEach(e -> System.out.printf(
                "  %-32s cpu %s s (%s ms/doc: JIT %s, GC %s), rss %s MiB%s%n", e.getKey(),
                e.getValue().path("cpuSeconds").asString(), e.getValue().path("cpuMsPerDocument").asString(),
                e.getValue().path("jitCpuMsPerDocument").asString(), e.getValue().path("gcCpuMsPerDocument").asString(),
                e.getValue().path("residentMiB").asString(),
                e.getValue().has("heapUsedMiB") ? ", heap " + e.getValue().path("heapUsedMiB").asString() + " MiB" : ""));
    }

    private static String percentiles(tools.jackson.databind.JsonNode node) {
        return node.path("p50").asString("-") + " / " + node.path("p95").asString("-") + " / "
                + node.path("p99").asString("-") + " / " + node.path("max").asString("-");
    }

    /** Heap in use per service, from its actuator (the services answer on the ports of the stack). */
    private static Map<String, Long> heap(LocalStack.Ports ports) {
        Map<String, Long> heap = new LinkedHashMap<>();
        List<String> services = LocalStack.SERVICES;
        for (int i = 0; i < services.size(); i++) {
            int port = ports.service(services.get(i));
            try {
                var client = java.net.http.HttpClient.newHttpClient();
                var response = client.send(java.net.http.HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/actuator/metrics/jvm.memory.used?tag=area:heap")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                double bytes = EventJson.mapper().readTree(response.body()).path("measurements").get(0).path("value").asDouble();
                heap.put(services.get(i), (long) (bytes / (1024 * 1024)));
            } catch (Exception e) {
                // a figure we cannot read is left out rather than guessed
            }
        }
        return heap;
    }

    /** The machine's load when the run ended: the bench shares the machine, and its figures vary with it. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (java.io.IOException e) {
            return "-";
        }
    }

    private static Map<String, ProcessUsage> usage(Map<String, Long> pids) {
        Map<String, ProcessUsage> usage = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ProcessUsage.of(pid).ifPresent(u -> usage.put(name, u)));
        return usage;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
