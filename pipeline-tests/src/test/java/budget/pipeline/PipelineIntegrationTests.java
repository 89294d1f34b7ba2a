package budget.pipeline;

import budget.events.DocumentFailed;
import budget.events.DocumentParsed;
import budget.events.DocumentReceived;
import budget.events.DocumentValidated;
import budget.events.EventJson;
import budget.events.StoredOriginal;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline through a real Kafka broker and the MongoDB wire protocol: the five sample documents
 * uploaded over HTTP come out as events on every topic and as budget records in MongoDB.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIntegrationTests {

    private static final Path SAMPLES = SampleVariants.SAMPLES;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static Pipeline pipeline;
    private static final Map<String, String> documentIdsByFile = new LinkedHashMap<>();

    @BeforeAll
    static void startPipeline() {
        pipeline = new Pipeline().start();
    }

    @AfterAll
    static void stopPipeline() {
        pipeline.close();
    }

    @Test
    @Order(1)
    void theFiveSamplesBecomeFiveBudgetRecords() throws Exception {
        Map<String, byte[]> samples = samples();
        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(), samples);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode receipts = EventJson.mapper().readTree(response.body()).path("documents");
        assertThat(receipts).hasSize(5);
        for (JsonNode receipt : receipts) {
            assertThat(receipt.path("duplicate").asBoolean()).isFalse();
            assertThat(receipt.path("documentId").asString()).matches("[0-9a-f]{64}");
            assertThat(receipt.path("statusUrl").asString()).endsWith("/api/documents/" + receipt.path("documentId").asString());
            documentIdsByFile.put(receipt.path("filename").asString(), receipt.path("documentId").asString());
        }
        assertThat(documentIdsByFile.keySet()).containsExactlyElementsOf(samples.keySet());

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.database().getCollection("documents")
                .countDocuments(Filters.eq("status", "VALIDATED"))).isEqualTo(5));

        List<Document> budgets = pipeline.database().getCollection("budgets").find().into(new ArrayList<>());
        assertThat(budgets).extracting(b -> b.getString("departmentKey") + " " + b.getInteger("year"))
                .containsExactlyInAnyOrder(
                        "上海市宝山区医疗保障局 2026",
                        "上海市闵行区医疗保障局 2023",
                        "上海市闵行区医疗保障局 2026",
                        "上海市医疗保障局 2026",
                        "上海市松江区医疗保障局 2026");
        for (Document budget : budgets) {
            Document current = budget.get("current", Document.class);
            assertThat(budget.getString("status")).isIn("VALID", "VALID_WITH_WARNINGS", "INVALID");
            assertThat(budget.getList("documentIds", String.class)).containsExactly(current.getString("documentId"));
            assertThat(documentIdsByFile).containsValue(current.getString("documentId"));
            List<Document> tables = current.get("budget", Document.class).getList("tables", Document.class);
            assertThat(tables).hasSize(9);
            Document expenses = tables.get(2);
            assertThat(expenses.getString("status")).isEqualTo("PRESENT");
            assertThat(expenses.get("totals", Document.class).get("合计"))
                    .as("amounts are stored as exact decimals").isInstanceOf(org.bson.types.Decimal128.class);
        }
    }

    @Test
    @Order(2)
    void everyStageEmittedOneEventPerDocumentKeyedAsDocumented() {
        Set<String> ids = Set.copyOf(documentIdsByFile.values());

        List<ConsumerRecord<byte[], byte[]>> received = TopicReader.readAll(pipeline.kafkaBootstrap(), pipeline.topic("received"));
        assertThat(received).hasSize(5);
        for (var record : received) {
            DocumentReceived event = EventJson.read(record.value(), DocumentReceived.class);
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(event.documentId());
            assertThat(event.originalEncoding()).isEqualTo("UTF-8");
            assertThat(event.schemaVersion()).isEqualTo(2);
            assertThat(event.mediaType()).isEqualTo(DocumentReceived.TEXT);
            assertThat(event.original()).as("a claim check, not the text").isEqualTo(StoredOriginal.of(event.documentId()));
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("预算");
        }
        assertThat(received).extracting(r -> new String(r.key(), StandardCharsets.UTF_8)).containsExactlyInAnyOrderElementsOf(ids);

        List<ConsumerRecord<byte[], byte[]>> parsed = TopicReader.readAll(pipeline.kafkaBootstrap(), pipeline.topic("parsed"));
        assertThat(parsed).hasSize(5);
        for (var record : parsed) {
            DocumentParsed event = EventJson.read(record.value(), DocumentParsed.class);
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(event.budgetKey().id());
            assertThat(event.budget().tables()).hasSize(9);
            assertThat(ids).contains(event.documentId());
        }

        List<ConsumerRecord<byte[], byte[]>> validated = TopicReader.readAll(pipeline.kafkaBootstrap(), pipeline.topic("validated"));
        assertThat(validated).hasSize(5);
        for (var record : validated) {
            DocumentValidated event = EventJson.read(record.value(), DocumentValidated.class);
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(event.budgetKey().id());
            assertThat(event.report().rulesChecked()).isPositive();
            assertThat(event.receivedAt()).isBeforeOrEqualTo(event.parsedAt());
            assertThat(event.parsedAt()).isBeforeOrEqualTo(event.occurredAt());
        }
        assertThat(TopicReader.readAll(pipeline.kafkaBootstrap(), pipeline.topic("failed"))).isEmpty();
    }

    @Test
    @Order(3)
    void theStatusAndBudgetUrlsAnswerForEveryDocument() throws Exception {
        for (String documentId : documentIdsByFile.values()) {
            HttpResponse<String> status = Uploads.get(pipeline.queryUrl(), "/api/documents/" + documentId);
            assertThat(status.statusCode()).isEqualTo(200);
            JsonNode view = EventJson.mapper().readTree(status.body());
            assertThat(view.path("status").asString()).isEqualTo("VALIDATED");
            String budgetUrl = view.path("budgetUrl").asString();
            String path = budgetUrl.substring(budgetUrl.indexOf("/api/budgets/"));
            HttpResponse<String> budget = Uploads.get(pipeline.queryUrl(), path);
            assertThat(budget.statusCode()).as(path).isEqualTo(200);
            assertThat(EventJson.mapper().readTree(budget.body()).path("current").path("documentId").asString())
                    .isEqualTo(documentId);
        }
        String unknown = "/api/budgets/" + URLEncoder.encode("上海市无此局", StandardCharsets.UTF_8) + "/2026";
        HttpResponse<String> missing = Uploads.get(pipeline.queryUrl(), unknown);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    @Order(4)
    void theSameBytesAgainAreADuplicateAndPublishNothing() throws Exception {
        String name = "minhang-medical-security-2026.txt";
        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(),
                Map.of("again-" + name, Files.readAllBytes(SAMPLES.resolve(name))));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode receipt = EventJson.mapper().readTree(response.body()).path("documents").get(0);
        assertThat(receipt.path("duplicate").asBoolean()).isTrue();
        assertThat(receipt.path("documentId").asString()).isEqualTo(documentIdsByFile.get(name));
        assertThat(TopicReader.readAll(pipeline.kafkaBootstrap(), pipeline.topic("received"))).hasSize(5);
        assertThat(pipeline.database().getCollection("originals.files").countDocuments(Filters.eq("_id", receipt.path("documentId").asString())))
                .as("the original stored once").isEqualTo(1);
    }

    @Test
    @Order(5)
    void aTextThatIsNoBudgetEndsFailedWithTheReason() throws Exception {
        byte[] minutes = "会议纪要\n\n今天讨论了明年的工作计划。\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(), Map.of("minutes.txt", minutes));
        assertThat(response.statusCode()).isEqualTo(202);
        String documentId = EventJson.mapper().readTree(response.body()).path("documents").get(0).path("documentId").asString();

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode view = EventJson.mapper().readTree(Uploads.get(pipeline.queryUrl(), "/api/documents/" + documentId).body());
            assertThat(view.path("status").asString()).isEqualTo("FAILED");
            assertThat(view.path("stages").path("failed").path("stage").asString()).isEqualTo("PARSE");
            assertThat(view.path("stages").path("failed").path("reason").asString()).startsWith("NOT_A_BUDGET: not a budget");
        });
        List<ConsumerRecord<byte[], byte[]>> failed = TopicReader.readAll(pipeline.kafkaBootstrap(), pipeline.topic("failed"));
        assertThat(failed).singleElement().satisfies(record -> {
            DocumentFailed event = EventJson.read(record.value(), DocumentFailed.class);
            assertThat(event.documentId()).isEqualTo(documentId);
            assertThat(event.filename()).isEqualTo("minutes.txt");
        });
    }

    @Test
    @Order(6)
    void bytesThatAreNotTextAreRefusedAndNothingIsPublished() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(), Map.of("scan.txt", png));

        assertThat(response.statusCode()).isEqualTo(415);
        JsonNode problem = EventJson.mapper().readTree(response.body());
        assertThat(problem.path("filename").asString()).isEqualTo("scan.txt");
        assertThat(problem.path("detail").asString()).contains("PNG");
        assertThat(TopicReader.readAll(pipeline.kafkaBootstrap(), pipeline.topic("received"))).hasSize(6);
    }

    @Test
    @Order(7)
    void aRevisedDocumentBecomesTheCurrentVersionAndTheOldOneMovesToHistory() throws Exception {
        String name = "minhang-medical-security-2026.txt";
        String revised = new String(Files.readAllBytes(SAMPLES.resolve(name)), StandardCharsets.UTF_8)
                .replace("主要职能包括：", "主要职能包括（修订版）：");
        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(),
                Map.of("revised-" + name, revised.getBytes(StandardCharsets.UTF_8)));
        String revisedId = EventJson.mapper().readTree(response.body()).path("documents").get(0).path("documentId").asString();
        String originalId = documentIdsByFile.get(name);

        var budgets = pipeline.database().getCollection("budgets");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(budgets.find(Filters.eq("documentIds", revisedId)).first()).isNotNull());
        Document record = budgets.find(Filters.eq("documentIds", revisedId)).first();
        assertThat(record.get("current", Document.class).getString("documentId")).isEqualTo(revisedId);
        assertThat(record.getList("history", Document.class)).extracting(h -> h.getString("documentId")).containsExactly(originalId);
        assertThat(record.getLong("revision")).isEqualTo(2);
        assertThat(budgets.countDocuments()).as("still one record per budget").isEqualTo(5);

        String versions = "/api/budgets/" + URLEncoder.encode("上海市闵行区医疗保障局", StandardCharsets.UTF_8) + "/2026/versions/";
        HttpResponse<String> old = Uploads.get(pipeline.queryUrl(), versions + originalId);
        assertThat(old.statusCode()).as(old.body()).isEqualTo(200);
        JsonNode oldVersion = EventJson.mapper().readTree(old.body());
        assertThat(oldVersion.path("filename").asString()).isEqualTo(name);
        assertThat(oldVersion.path("budget").path("tables")).as("the superseded version, whole").hasSize(9);
        assertThat(Uploads.get(pipeline.queryUrl(), versions + "0".repeat(64)).statusCode()).isEqualTo(404);
    }

    private static Map<String, byte[]> samples() {
        return SampleVariants.samples();
    }
}
