package budget.cli.bench;

import budget.cli.KafkaConnection;
import budget.cli.client.PipelineClient;
import budget.events.DocumentIds;
import budget.events.DocumentParsed;
import budget.events.DocumentReceived;
import budget.events.DocumentValidated;
import budget.events.EventJson;
import budget.events.StoredOriginal;
import budget.model.ParsedBudget;
import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;
import budget.validator.BudgetValidator;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The query API under a realistic store: N budgets (the samples renamed and restated for several years)
 * are published as validated events, stored by query-service, then every endpoint kind is timed.
 */
final class QueryBench {

    private static final int CALLS = 200;
    private static final List<String> YEARS = List.of("2022", "2023", "2024", "2025", "2026");

    private QueryBench() {
    }

    /** Budgets stored, as the budgets list counts them (every kind). */
    private static long stored(PipelineClient client) throws java.io.IOException, InterruptedException {
        return EventJson.mapper().readTree(client.get("/api/budgets?size=1", "application/json")).path("total").asLong();
    }

    static ObjectNode run(Map<String, byte[]> samples, int budgets, KafkaConnection kafka, String validatedTopic,
                          PipelineClient client, URI query) throws Exception {
        List<String> departments = new ArrayList<>();
        publish(samples, budgets, kafka, validatedTopic, departments);
        long deadline = System.currentTimeMillis() + 600_000;
        while (stored(client) < budgets && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        System.out.println("query bench: " + stored(client) + " budgets stored; timing " + CALLS + " calls per endpoint kind ...");
        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random(42);
        Map<String, java.util.function.Supplier<String>> kinds = new LinkedHashMap<>();
        kinds.put("single record", () -> "/api/budgets/" + enc(pick(departments, random)) + "/2026");
        kinds.put("one table", () -> "/api/budgets/" + enc(pick(departments, random)) + "/2026/tables/3");
        kinds.put("one line", () -> "/api/budgets/" + enc(pick(departments, random)) + "/2026/lines/210");
        kinds.put("time series", () -> "/api/departments/" + enc(pick(departments, random)) + "/series/210");
        kinds.put("year-on-year changes", () -> "/api/departments/" + enc(pick(departments, random)) + "/changes?from=2025&to=2026");
        kinds.put("breakdown", () -> "/api/budgets/" + enc(pick(departments, random)) + "/2026/breakdown?by=economic");
        kinds.put("code across departments", () -> "/api/years/2026/codes/210");
        kinds.put("sum across departments", () -> "/api/years/2026/codes/210/sum");
        kinds.put("top 10", () -> "/api/years/2026/codes/210/top?n=10");
        kinds.put("budget list page", () -> "/api/budgets?year=2026&size=50");
        kinds.put("departments", () -> "/api/departments");
        kinds.put("findings", () -> "/api/findings?severity=WARNING&limit=100");
        ObjectNode result = EventJson.mapper().createObjectNode();
        result.put("budgets", stored(client));
        ObjectNode latencies = result.putObject("latencyMs");
        for (var kind : kinds.entrySet()) {
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < CALLS + 20; i++) {
                String path = kind.getValue().get();
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(query.resolve(path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                long took = (System.nanoTime() - start) / 1000;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
                }
                if (i >= 20) {
                    micros.add(took);
                }
            }
            Map<String, Long> p = Percentiles.of(micros);
            ObjectNode figures = latencies.putObject(kind.getKey());
            figures.put("p50", p.get("p50") / 1000.0);
            figures.put("p95", p.get("p95") / 1000.0);
            figures.put("max", p.get("max") / 1000.0);
        }
        return result;
    }

    /** Parses and validates each variant here, then publishes it as the validated event query-service stores. */
    private static void publish(Map<String, byte[]> samples, int budgets, KafkaConnection kafka, String topic,
                                List<String> departments) throws Exception {
        Map<String, String> sampleTexts = new LinkedHashMap<>();
        samples.forEach((name, bytes) -> {
            if (name.contains("2026")) {
                sampleTexts.put(name, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        BudgetParser parser = new BudgetParser();
        BudgetValidator validator = new BudgetValidator();
        int perYear = Math.max(1, budgets / YEARS.size());
        Map<String, byte[]> renamed = DocumentVariants.of(toBytes(sampleTexts), perYear);
        try (KafkaProducer<byte[], byte[]> producer = kafka.producer(Map.of(
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 64 * 1024 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"))) {
            int sent = 0;
            for (var variant : renamed.entrySet()) {
                for (String year : YEARS) {
                    if (sent == budgets) {
                        break;
                    }
                    String text = new String(variant.getValue(), StandardCharsets.UTF_8).replace("2026", year);
                    ParseOutcome outcome = parser.parse(text);
                    if (!(outcome instanceof ParseOutcome.Parsed parsed)) {
                        continue;
                    }
                    ParsedBudget budget = parsed.budget();
                    if (year.equals("2026")) {
                        departments.add(budget.metadata().departmentKey());
                    }
                    String id = DocumentIds.of(text.getBytes(StandardCharsets.UTF_8));
                    Instant now = Instant.now();
                    DocumentReceived received = DocumentReceived.text(id, variant.getKey(), "UTF-8", text.length(),
                            StoredOriginal.of(id), now);
                    DocumentParsed parsedEvent = DocumentParsed.of(received, budget, now);
                    DocumentValidated event = DocumentValidated.of(parsedEvent, validator.validate(budget), now);
                    producer.send(new ProducerRecord<>(topic, event.budgetKey().id().getBytes(StandardCharsets.UTF_8),
                            EventJson.write(event)));
                    sent++;
                }
            }
            producer.flush();
        }
    }

    private static Map<String, byte[]> toBytes(Map<String, String> texts) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        texts.forEach((k, v) -> out.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
