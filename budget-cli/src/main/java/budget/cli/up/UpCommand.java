package budget.cli.up;

import budget.cli.Home;
import budget.cli.client.PipelineClient;
import budget.events.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** {@code budget up}: the whole pipeline on this machine, the samples loaded, serving until Ctrl-C. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Starts a Kafka broker (KRaft), the embedded MongoDB wire server and the four services,",
                "uploads the sample documents (samples/*.txt and samples/pdf/*.pdf), prints their verdicts and",
                "serves until Ctrl-C.",
                "--brokers 3 --instances 2: a replicated three-broker cluster and two instances of each service."})
public final class UpCommand implements Callable<Integer> {

    @Option(names = "--data-dir", description = "Where the broker and MongoDB keep their data and the logs (default: .data in the repository).")
    Path dataDir;

    @Option(names = "--wipe", description = "Delete the data directory first: start with an empty broker and store.")
    boolean wipe;

    @Option(names = "--samples", description = "Directory of documents to upload at start, with the PDFs of its pdf/ (default: samples/ in the repository).")
    Path samples;

    @Option(names = "--no-samples", description = "Do not upload any document at start.")
    boolean noSamples;

    @Option(names = "--exit-after-load", description = "Stop everything after the samples are processed and printed (for scripts).")
    boolean exitAfterLoad;

    @Option(names = "--no-restart", description = "Do not start again a service, broker or store that exits unexpectedly "
            + "(by default each is restarted after 1 s, then 2, 4 ... at most 30 s while it keeps failing; back to 1 s once it stayed up 60 s).")
    boolean noRestart;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "Broker port (default: ${DEFAULT-VALUE}; the KRaft controller uses the next one). "
            + "With --brokers, broker n uses this + 2(n-1) and its controller the next one.")
    int kafkaPort;

    @Option(names = "--brokers", defaultValue = "1", description = "Kafka brokers (default: ${DEFAULT-VALUE}). 3 makes a cluster: every broker also a KRaft "
            + "controller, topics replicated 3 times with min.insync.replicas=2 (data in <data-dir>/kafka-3-brokers/).")
    int brokers;

    @Option(names = "--instances", defaultValue = "1", description = "Instances of each service (default: ${DEFAULT-VALUE}, at most 6, the topics' partitions). "
            + "Instance i of a service listens on its port + 10(i-1); all consume in their service's consumer group.")
    int instances;

    @Option(names = "--jit", defaultValue = "C1", description = {"How the services' and the broker's JVMs compile: C1 (the client compiler only, "
            + "the cheapest on a machine the stack's JVMs share) or TIERED (the JVM's default, C1 then C2: faster code",
            "once warm, after compiling for several thousand documents). The embedded MongoDB is compiled by C2 alone. Default: ${DEFAULT-VALUE}."})
    LocalStack.StackCompiler compiler;

    @Option(names = "--mongo-port", defaultValue = "27017", description = "MongoDB wire server port (default: ${DEFAULT-VALUE}).")
    int mongoPort;

    @Option(names = "--ingest-port", defaultValue = "8081", description = "ingest-service port (default: ${DEFAULT-VALUE}).")
    int ingestPort;

    @Option(names = "--parse-port", defaultValue = "8082", description = "parse-service port (default: ${DEFAULT-VALUE}).")
    int parsePort;

    @Option(names = "--validate-port", defaultValue = "8083", description = "validate-service port (default: ${DEFAULT-VALUE}).")
    int validatePort;

    @Option(names = "--query-port", defaultValue = "8084", description = "query-service port (default: ${DEFAULT-VALUE}).")
    int queryPort;

    @Override
    public Integer call() throws Exception {
        Path home = Home.path();
        Path data = (dataDir == null ? home.resolve(".data") : dataDir).toAbsolutePath();
        if (wipe) {
            Home.wipe(data);
            System.out.println("wiped " + data);
        }
        var ports = new LocalStack.Ports(kafkaPort, kafkaPort + 1, mongoPort, ingestPort, parsePort, validatePort, queryPort);
        LocalStack.Shape shape;
        try {
            shape = new LocalStack.Shape(brokers, instances);
        } catch (IllegalArgumentException e) {
            System.err.println("budget up: " + e.getMessage());
            return 2;
        }
        Instant start = Instant.now();
        String apiKey = budget.cli.ApiKeys.localKey(data);
        LocalStack stack = new LocalStack(home, data, ports, apiKey, shape);
        stack.compiler(compiler);
        if (!noRestart) {
            stack.restartOnExit(RestartPolicy.DEFAULT, line -> System.out.println("budget up: " + line));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            System.out.println("\nstopping the services, the broker and MongoDB ...");
            stack.close();
            System.out.println("stopped");
            stopped.countDown();
        }, "budget-up-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            System.out.println("web interface: " + interfaceUrl() + "  (open it once the pipeline is ready)");
            System.out.println("starting Kafka (KRaft) on " + stack.bootstrapServers().replace("localhost", "")
                    + (brokers > 1 ? " (replication factor " + shape.replicationFactor() + ", min.insync.replicas "
                    + shape.minInsyncReplicas() + ")" : "") + " and MongoDB (wire server) on :" + ports.mongo() + ", data in " + data);
            stack.startInfrastructure();
            System.out.println("starting " + (instances > 1 ? instances + " instances each of " : "") + "ingest " + portsOf(ports, "ingest-service")
                    + ", parse " + portsOf(ports, "parse-service") + ", validate " + portsOf(ports, "validate-service")
                    + ", query " + portsOf(ports, "query-service") + " (logs in " + stack.logs() + ")");
            stack.startServices();
            System.out.printf("pipeline ready in %.1f s%n", Duration.between(start, Instant.now()).toMillis() / 1000.0);
            if (!noSamples) {
                loadSamples(samples == null ? home.resolve("samples") : samples, apiKey);
            }
        } catch (RuntimeException e) {
            System.err.println("budget up failed: " + e.getMessage());
            return 1;
        }
        System.out.println();
        System.out.println("  web interface: " + interfaceUrl() + "   (check documents, budgets, charts, operators)");
        System.out.println("  API key (uploads, ops): " + apiKey + "   (kept in " + data.resolve("api-key") + ")");
        System.out.println("  upload:    curl -H 'X-API-Key: " + apiKey + "' -F files=@samples/minhang-medical-security-2026.txt http://localhost:" + ingestPort + "/api/documents");
        System.out.println("  a budget:  curl 'http://localhost:" + queryPort + "/api/budgets/上海市闵行区医疗保障局/2026'");
        System.out.println("  health:    curl http://localhost:" + queryPort + "/actuator/health");
        if (exitAfterLoad) {
            return 0;
        }
        System.out.println("serving; Ctrl-C stops everything" + (noRestart ? ""
                : " (a process that exits unexpectedly is restarted, and said so here and in " + stack.logs().resolve("budget-up.log") + ")"));
        stopped.await();
        return 0;
    }

    private String interfaceUrl() {
        return "http://localhost:" + queryPort + "/";
    }

    private String portsOf(LocalStack.Ports ports, String service) {
        StringBuilder out = new StringBuilder();
        for (int instance = 1; instance <= instances; instance++) {
            out.append(instance > 1 ? "," : "").append(':').append(ports.service(service, instance));
        }
        return out.toString();
    }

    private void loadSamples(Path directory, String apiKey) throws IOException, InterruptedException {
        List<Path> files = new ArrayList<>(documents(directory, p -> true));
        // the published PDFs of samples/pdf beside the text samples
        if (Files.isDirectory(directory.resolve("pdf"))) {
            files.addAll(documents(directory.resolve("pdf"), p -> p.getFileName().toString().toLowerCase().endsWith(".pdf")));
        }
        if (files.isEmpty()) {
            System.out.println("no documents in " + directory);
            return;
        }
        PipelineClient client = new PipelineClient(URI.create("http://localhost:" + ingestPort),
                URI.create("http://localhost:" + queryPort), apiKey);
        List<PipelineClient.Receipt> receipts = client.upload(files);
        System.out.println("uploaded " + receipts.size() + " documents from " + directory + ", waiting for their verdicts ...");
        Map<PipelineClient.Receipt, JsonNode> outcomes = new LinkedHashMap<>();
        Instant deadline = Instant.now().plusSeconds(180);
        while (outcomes.size() < receipts.size() && Instant.now().isBefore(deadline)) {
            for (PipelineClient.Receipt receipt : receipts) {
                if (outcomes.containsKey(receipt)) {
                    continue;
                }
                client.status(receipt.documentId())
                        // a dead-lettered document waits for an operator's replay: as far as it goes without one
                        .filter(status -> List.of("VALIDATED", "FAILED", "DEAD_LETTERED")
                                .contains(status.path("status").asString()))
                        .ifPresent(status -> outcomes.put(receipt, status));
            }
            Thread.sleep(250);
        }
        printTable(receipts, outcomes);
        printPageExample(client, outcomes);
    }

    private static List<Path> documents(Path directory, Predicate<Path> wanted) throws IOException {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(Files::isRegularFile).filter(wanted).sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    /** Where to see a finding on its page: the first PDF with an error, the page of its first error. */
    private void printPageExample(PipelineClient client, Map<PipelineClient.Receipt, JsonNode> outcomes) {
        for (var outcome : outcomes.entrySet()) {
            JsonNode status = outcome.getValue();
            if (!"application/pdf".equals(status.path("mediaType").asString())
                    || status.path("stages").path("validated").path("errors").asInt() == 0) {
                continue;
            }
            try {
                String budgetUrl = status.path("budgetUrl").asString();
                JsonNode budget = EventJson.mapper().readTree(
                        client.get(budgetUrl.substring(budgetUrl.indexOf("/api/")), "application/json"));
                for (JsonNode finding : budget.path("current").path("report").path("findings")) {
                    JsonNode box = finding.path("location").path("box");
                    if ("ERROR".equals(finding.path("severity").asString()) && !box.isMissingNode()) {
                        String id = outcome.getKey().documentId();
                        System.out.println();
                        System.out.println("  " + outcome.getKey().filename() + ": " + finding.path("ruleId").asString()
                                + " on page " + box.path("page").asInt() + ":");
                        System.out.println("    page image:    http://localhost:" + queryPort + "/api/documents/" + id
                                + "/pages/" + box.path("page").asInt() + ".png");
                        System.out.println("    annotated PDF: http://localhost:" + queryPort + "/api/documents/" + id
                                + "/annotated.pdf");
                        return;
                    }
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                return; // only a hint
            }
        }
    }

    private static void printTable(List<PipelineClient.Receipt> receipts, Map<PipelineClient.Receipt, JsonNode> outcomes) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"DOCUMENT", "DEPARTMENT", "KIND", "YEAR", "STATUS", "ERRORS", "WARNINGS"});
        for (PipelineClient.Receipt receipt : receipts) {
            JsonNode status = outcomes.get(receipt);
            if (status == null) {
                rows.add(new String[]{receipt.filename(), "-", "-", "-", "NOT FINISHED (see logs)", "-", "-"});
                continue;
            }
            JsonNode validated = status.path("stages").path("validated");
            if ("DEAD_LETTERED".equals(status.path("status").asString())) {
                rows.add(new String[]{receipt.filename(), "-", "-", "-", "DEAD_LETTERED at " + status.path("stage").asString()
                        + ": " + status.path("reason").asString() + " (budget ops dlq replay " + status.path("deadLetter").asString()
                        + ")", "-", "-"});
                continue;
            }
            if (validated.isMissingNode()) {
                rows.add(new String[]{receipt.filename(), "-", "-", "-",
                        "FAILED: " + status.path("stages").path("failed").path("reason").asString(), "-", "-"});
                continue;
            }
            JsonNode key = validated.path("budgetKey");
            rows.add(new String[]{receipt.filename(), key.path("departmentKey").asString(),
                    key.path("kind").asString(), key.path("year").asString(), validated.path("validationStatus").asString(),
                    validated.path("errors").asString(), validated.path("warnings").asString()});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], displayWidth(row[i]));
            }
        }
        System.out.println();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]).append(" ".repeat(widths[i] - displayWidth(row[i]) + 2));
            }
            System.out.println(line.toString().stripTrailing());
        }
    }

    /** Terminal columns: CJK characters take two. */
    private static int displayWidth(String text) {
        return text.codePoints().map(c -> c >= 0x1100 && Character.isIdeographic(c) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
    }
}
