package budget.pipeline;

import budget.events.DocumentFailed;
import budget.events.DocumentIds;
import budget.events.DocumentParsed;
import budget.events.DocumentReceived;
import budget.events.DocumentValidated;
import budget.events.EventJson;
import budget.events.StoredOriginal;
import budget.events.published.Publication;
import budget.model.ParsedBudget;
import budget.model.validation.ValidationReport;
import budget.parser.BudgetDocuments;
import budget.parser.ParseOutcome;
import budget.support.KafkaMessages;
import budget.validator.BudgetValidator;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * uploaded over HTTP come out as events on every topic and as budget records in MongoDB. The five are uploaded
 * once, before the tests, and no test changes what they became: a test that uploads more (a duplicate, a text
 * that is no budget, a revision) uploads documents of its own and looks only at those, so any order passes.
 */
class PipelineIntegrationTests {

    private static final Path SAMPLES = SampleVariants.SAMPLES;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static Pipeline pipeline;
    /** The five samples: file name → document id. */
    private static final Map<String, String> documentIdsByFile = new LinkedHashMap<>();

    @BeforeAll
    static void uploadTheFiveSamples() throws Exception {
        pipeline = new Pipeline().start();
        Map<String, byte[]> samples = samples();
        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(), samples);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode receipts = EventJson.mapper().readTree(response.body()).path("documents");
        assertThat(receipts).hasSize(5);
        for (JsonNode receipt : receipts) {
            assertThat(receipt.path("duplicate").asBoolean()).isFalse();
            assertThat(receipt.path("documentId").asString()).isEqualTo(DocumentIds.of(samples.get(receipt.path("filename").asString())));
            assertThat(receipt.path("statusUrl").asString()).endsWith("/api/documents/" + receipt.path("documentId").asString());
            documentIdsByFile.put(receipt.path("filename").asString(), receipt.path("documentId").asString());
        }
        assertThat(documentIdsByFile.keySet()).containsExactlyElementsOf(samples.keySet());
        var documents = pipeline.database().getCollection("documents");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(documents.countDocuments(Filters.and(
                Filters.in("_id", documentIdsByFile.values()), Filters.eq("status", "VALIDATED")))).isEqualTo(5));
    }

    @AfterAll
    static void stopPipeline() {
        pipeline.close();
    }

    @Test
    void theFiveSamplesBecomeFiveBudgetRecordsWithTheVerdictOfTheValidator() throws Exception {
        Map<String, byte[]> samples = samples();
        List<Document> budgets = pipeline.database().getCollection("budgets")
                .find(Filters.in("documentIds", documentIdsByFile.values())).into(new ArrayList<>());
        assertThat(budgets).extracting(b -> b.getString("departmentKey") + " " + b.getInteger("year"))
                .containsExactlyInAnyOrder(
                        "上海市宝山区医疗保障局 2026",
                        "上海市闵行区医疗保障局 2023",
                        "上海市闵行区医疗保障局 2026",
                        "上海市医疗保障局 2026",
                        "上海市松江区医疗保障局 2026");
        for (Document budget : budgets) {
            Document current = budget.get("current", Document.class);
            String file = fileOf(current.getString("documentId"));
            ValidationReport expected = validate(samples.get(file));
            assertThat(budget.getString("status")).as(file).isEqualTo(expected.status().name());
            assertThat(budget.getList("documentIds", String.class)).containsExactly(documentIdsByFile.get(file));
            List<Document> tables = current.get("budget", Document.class).getList("tables", Document.class);
            assertThat(tables).hasSize(9);
            Document expenses = tables.get(2);
            assertThat(expenses.getString("status")).isEqualTo("PRESENT");
            assertThat(expenses.getList("columns", String.class).get(0)).isEqualTo("合计");
            assertThat(expenses.getList("totals", Object.class).get(0))
                    .as("amounts are stored as exact decimals").isInstanceOf(org.bson.types.Decimal128.class);
            assertThat(current.get("budget", Document.class).containsKey("diagnostics"))
                    .as("the read model holds the budget as published, not the reader's model").isFalse();
        }
    }

    @Test
    void everyStageEmittedOneEventPerDocumentKeyedAsDocumented() {
        Set<String> ids = Set.copyOf(documentIdsByFile.values());

        List<ConsumerRecord<byte[], byte[]>> received = ofDocuments(pipeline.topic("received"), ids);
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

        List<ConsumerRecord<byte[], byte[]>> parsed = ofDocuments(pipeline.topic("parsed"), ids);
        assertThat(parsed).hasSize(5);
        for (var record : parsed) {
            DocumentParsed event = EventJson.read(record.value(), DocumentParsed.class);
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(event.budgetKey().id());
            assertThat(event.schemaVersion()).isEqualTo(2);
            assertThat(event.budget().tables()).hasSize(9);
            assertThat(event.reading().tables()).as("how each table was read, beside it").hasSize(9);
        }
        assertThat(parsed).extracting(r -> EventJson.read(r.value(), DocumentParsed.class).documentId())
                .containsExactlyInAnyOrderElementsOf(ids);

        List<ConsumerRecord<byte[], byte[]>> validated = ofDocuments(pipeline.topic("validated"), ids);
        assertThat(validated).hasSize(5);
        for (var record : validated) {
            DocumentValidated event = EventJson.read(record.value(), DocumentValidated.class);
            ValidationReport expected = validate(samples().get(fileOf(event.documentId())));
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(event.budgetKey().id());
            assertThat(event.report().rulesChecked()).isEqualTo(expected.rulesChecked());
            assertThat(event.report().status()).isEqualTo(expected.status());
            assertThat(List.of(event.report().errors(), event.report().warnings(), event.report().notes()))
                    .isEqualTo(List.of(expected.errors(), expected.warnings(), expected.notes()));
            ParsedBudget read = ((ParseOutcome.Parsed) new BudgetDocuments().read(samples().get(fileOf(event.documentId()))))
                    .budget();
            assertThat(event.budget()).as("the budget as published, exactly as the reader read it")
                    .isEqualTo(Publication.publish(read));
            assertThat(event.receivedAt()).isBeforeOrEqualTo(event.parsedAt());
            assertThat(event.parsedAt()).isBeforeOrEqualTo(event.occurredAt());
        }
        assertThat(ofDocuments(pipeline.topic("failed"), ids)).isEmpty();
    }

    @Test
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
    void theSameBytesAgainAreADuplicateAndPublishNothing() throws Exception {
        String name = "minhang-medical-security-2026.txt";
        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(),
                Map.of("again-" + name, Files.readAllBytes(SAMPLES.resolve(name))));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode receipt = EventJson.mapper().readTree(response.body()).path("documents").get(0);
        assertThat(receipt.path("duplicate").asBoolean()).isTrue();
        assertThat(receipt.path("documentId").asString()).isEqualTo(documentIdsByFile.get(name));
        assertThat(ofDocuments(pipeline.topic("received"), Set.of(documentIdsByFile.get(name))))
                .as("the first upload's received event, and no other").hasSize(1);
        assertThat(pipeline.database().getCollection("originals.files").countDocuments(Filters.eq("_id", receipt.path("documentId").asString())))
                .as("the original stored once").isEqualTo(1);
    }

    @Test
    void aTextThatIsNoBudgetEndsFailedWithTheReason() throws Exception {
        byte[] minutes = "会议纪要\n\n今天讨论了明年的工作计划。\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(), Map.of("minutes.txt", minutes));
        assertThat(response.statusCode()).isEqualTo(202);
        String documentId = EventJson.mapper().readTree(response.body()).path("documents").get(0).path("documentId").asString();

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode view = EventJson.mapper().readTree(Uploads.get(pipeline.queryUrl(), "/api/documents/" + documentId).body());
            assertThat(view.path("status").asString()).isEqualTo("FAILED");
            assertThat(view.path("stages").path("failed").path("stage").asString()).isEqualTo("PARSE");
            assertThat(view.path("stages").path("failed").path("reason").asString()).isEqualTo("NOT_A_BUDGET: not a budget"
                    + " document: " + ((ParseOutcome.NotABudget) new BudgetDocuments().read(minutes)).reason());
            assertThat(view.path("reason").asString()).isEqualTo(view.path("stages").path("failed").path("reason").asString());
        });
        List<ConsumerRecord<byte[], byte[]>> failed = ofDocuments(pipeline.topic("failed"), Set.of(documentId));
        assertThat(failed).singleElement().satisfies(record -> {
            DocumentFailed event = EventJson.read(record.value(), DocumentFailed.class);
            assertThat(event.documentId()).isEqualTo(documentId);
            assertThat(event.filename()).isEqualTo("minutes.txt");
        });
    }

    @Test
    void bytesThatAreNotTextAreRefusedAndNothingIsPublished() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(), Map.of("scan.txt", png));

        assertThat(response.statusCode()).isEqualTo(415);
        JsonNode problem = EventJson.mapper().readTree(response.body());
        assertThat(problem.path("filename").asString()).isEqualTo("scan.txt");
        assertThat(problem.path("detail").asString()).contains("PNG");
        assertThat(ofDocuments(pipeline.topic("received"), Set.of(DocumentIds.of(png)))).isEmpty();
        assertThat(pipeline.database().getCollection("originals.files").countDocuments(Filters.eq("_id", DocumentIds.of(png))))
                .isZero();
    }

    @Test
    void aRevisedDocumentBecomesTheCurrentVersionAndTheOldOneMovesToHistory() throws Exception {
        // a budget of its own (the department renamed), so the five samples' records stay as they were
        String name = "minhang-medical-security-2026.txt";
        String first = new String(Files.readAllBytes(SAMPLES.resolve(name)), StandardCharsets.UTF_8)
                .replace("医疗保障局", "医疗保障局修订");
        String revised = first.replace("主要职能包括：", "主要职能包括（修订版）：");
        String originalId = upload("first-" + name, first.getBytes(StandardCharsets.UTF_8));
        var budgets = pipeline.database().getCollection("budgets");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(budgets.countDocuments(Filters.eq("documentIds", originalId))).isEqualTo(1));
        long records = budgets.countDocuments();
        String revisedId = upload("revised-" + name, revised.getBytes(StandardCharsets.UTF_8));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(budgets.countDocuments(Filters.eq("documentIds", revisedId))).isEqualTo(1));
        Document record = budgets.find(Filters.eq("documentIds", revisedId)).first();
        assertThat(record.getString("departmentKey")).isEqualTo("上海市闵行区医疗保障局修订");
        assertThat(record.get("current", Document.class).getString("documentId")).isEqualTo(revisedId);
        assertThat(record.getList("history", Document.class)).extracting(h -> h.getString("documentId")).containsExactly(originalId);
        assertThat(record.getList("documentIds", String.class)).containsExactlyInAnyOrder(originalId, revisedId);
        assertThat(record.getLong("revision")).isEqualTo(2);
        assertThat(budgets.countDocuments()).as("still one record per budget").isEqualTo(records);

        String versions = "/api/budgets/" + URLEncoder.encode("上海市闵行区医疗保障局修订", StandardCharsets.UTF_8) + "/2026/versions/";
        HttpResponse<String> old = Uploads.get(pipeline.queryUrl(), versions + originalId);
        assertThat(old.statusCode()).as(old.body()).isEqualTo(200);
        JsonNode oldVersion = EventJson.mapper().readTree(old.body());
        assertThat(oldVersion.path("filename").asString()).isEqualTo("first-" + name);
        assertThat(oldVersion.path("budget").path("tables")).as("the superseded version, whole").hasSize(9);
        assertThat(Uploads.get(pipeline.queryUrl(), versions + "0".repeat(64)).statusCode()).isEqualTo(404);
    }

    private static String upload(String name, byte[] bytes) throws Exception {
        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(), Map.of(name, bytes));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return EventJson.mapper().readTree(response.body()).path("documents").get(0).path("documentId").asString();
    }

    /** The records of a topic that belong to these documents (by the document id header every stage sets). */
    private static List<ConsumerRecord<byte[], byte[]>> ofDocuments(String topic, Set<String> ids) {
        return TopicReader.readAll(pipeline, topic).stream().filter(r -> {
            var header = r.headers().lastHeader(KafkaMessages.DOCUMENT_ID);
            return header != null && ids.contains(new String(header.value(), StandardCharsets.UTF_8));
        }).toList();
    }

    private static String fileOf(String documentId) {
        return documentIdsByFile.entrySet().stream().filter(e -> e.getValue().equals(documentId)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("not one of the five samples: " + documentId));
    }

    /** What budget check says of the bytes: the parser and the validator run directly, without the pipeline. */
    private static ValidationReport validate(byte[] bytes) {
        return new BudgetValidator().validate(((ParseOutcome.Parsed) new BudgetDocuments().read(bytes)).budget());
    }

    private static Map<String, byte[]> samples() {
        return SampleVariants.samples();
    }
}
