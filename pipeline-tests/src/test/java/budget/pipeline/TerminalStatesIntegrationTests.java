package budget.pipeline;

import budget.events.DocumentIds;
import budget.events.DocumentParsed;
import budget.events.DocumentReceived;
import budget.events.DocumentValidated;
import budget.events.EventJson;
import budget.events.StoredOriginal;
import budget.model.ParsedBudget;
import budget.model.validation.ValidationReport;
import budget.parser.BudgetDocuments;
import budget.parser.ParseOutcome;
import budget.support.KafkaMessages;
import budget.validator.BudgetValidator;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every document ends in a state that says where it is and why, whatever stage gives up on it: a failed event with
 * the stage (VALIDATE, STORE) and a reason naming the document, or a dead letter recorded against the document with
 * its topic, partition and offset, out of which a replay moves it on. Each test makes its own documents (distinct
 * department names), so none depends on another or on their order.
 */
class TerminalStatesIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Pipeline pipeline;

    @BeforeAll
    static void start() {
        pipeline = new Pipeline().start();
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    @Test
    void aValidatedRecordTheStoreCannotTakeIsDeadLetteredAgainstItsDocumentAndAReplayAfterTheRepairStoresIt()
            throws Exception {
        byte[] bytes = variant("baoshan-medical-security-2026.txt", "医疗保障局损坏");
        ParsedBudget budget = parse(bytes);
        String budgetId = budget.metadata().key().id();
        String documentId = DocumentIds.of(bytes);
        // the record of this budget is damaged in the store (written by hand, say): no version can be added to it
        var budgets = pipeline.database().getCollection("budgets");
        budgets.insertOne(new Document("_id", budgetId).append("revision", "damaged").append("current", "damaged"));

        assertThat(Uploads.multipart(pipeline.ingestUrl(), Map.of("damaged.txt", bytes)).statusCode()).isEqualTo(202);

        JsonNode status = await().atMost(PATIENCE).until(() -> status(documentId),
                s -> s != null && "DEAD_LETTERED".equals(s.path("status").asString()));
        String dlq = pipeline.topic("validated") + ".query-service.dlq";
        ConsumerRecord<byte[], byte[]> letter = onlyRecordOf(dlq, documentId);
        String letterId = dlq + ":" + letter.partition() + ":" + letter.offset();
        assertThat(status.path("stage").asString()).isEqualTo("STORE");
        assertThat(status.path("deadLetter").asString()).isEqualTo(letterId);
        JsonNode recorded = status.path("stages").path("deadLettered");
        assertThat(recorded.path("id").asString()).isEqualTo(letterId);
        assertThat(recorded.path("topic").asString()).isEqualTo(dlq);
        assertThat(recorded.path("partition").asInt()).isEqualTo(letter.partition());
        assertThat(recorded.path("offset").asLong()).isEqualTo(letter.offset());
        assertThat(recorded.path("originalTopic").asString()).isEqualTo(pipeline.topic("validated"));
        ConsumerRecord<byte[], byte[]> validated = onlyRecordOf(pipeline.topic("validated"), documentId);
        assertThat(recorded.path("originalPartition").asInt()).isEqualTo(validated.partition());
        assertThat(recorded.path("originalOffset").asLong()).isEqualTo(validated.offset());
        assertThat(status.path("reason").asString()).contains("the stored record " + budgetId + " cannot be read");
        assertThat(recorded.path("reason").asString()).isEqualTo(status.path("reason").asString());
        assertThat(recordsOf(pipeline.topic("failed"), documentId)).as("the store's fault is no verdict on the document")
                .isEmpty();

        budgets.deleteOne(Filters.eq("_id", budgetId));
        JsonNode replayed = replay(letterId);
        assertThat(replayed.path("outcome").asString()).isEqualTo("REPLAYED");
        assertThat(replayed.path("toTopic").asString()).isEqualTo(pipeline.topic("validated"));

        JsonNode stored = await().atMost(PATIENCE).until(() -> status(documentId),
                s -> s != null && "VALIDATED".equals(s.path("status").asString()));
        assertThat(stored.path("validationStatus").asString()).isEqualTo(validate(budget).status().name());
        assertThat(stored.has("reason")).as("a stored document has nothing to explain").isFalse();
        assertThat(stored.path("stages").path("deadLettered").path("id").asString())
                .as("where it waited stays in its history").isEqualTo(letterId);
        assertThat(budgets.find(Filters.eq("_id", budgetId)).first().getList("documentIds", String.class))
                .containsExactly(documentId);
    }

    @Test
    void aPoisonValidatedRecordIsDeadLetteredAtOnceAndAReplayOfItUnchangedDeadLettersItAgainAtItsNewPlace()
            throws Exception {
        String documentId = DocumentIds.of("poison validated record".getBytes(StandardCharsets.UTF_8));
        byte[] poison = ("{\"eventType\":\"DocumentValidated\",\"schemaVersion\":1,\"documentId\":\"" + documentId
                + "\",\"filename\":\"poison.txt\",\"report\":\"not a report\"}").getBytes(StandardCharsets.UTF_8);
        send(pipeline.topic("validated"), "poison|DEPARTMENT|2026", poison, documentId, DocumentValidated.TYPE);
        String dlq = pipeline.topic("validated") + ".query-service.dlq";

        JsonNode first = await().atMost(PATIENCE).until(() -> status(documentId),
                s -> s != null && "DEAD_LETTERED".equals(s.path("status").asString()));
        ConsumerRecord<byte[], byte[]> letter = onlyRecordOf(dlq, documentId);
        String firstId = dlq + ":" + letter.partition() + ":" + letter.offset();
        assertThat(first.path("deadLetter").asString()).isEqualTo(firstId);
        assertThat(first.path("stage").asString()).isEqualTo("STORE");
        assertThat(first.path("filename").asString()).isEqualTo("poison.txt");
        assertThat(first.path("stages").path("deadLettered").path("exception").asString())
                .isEqualTo("org.springframework.messaging.MessagingException");
        assertThat(first.path("reason").asString()).contains("not a report");

        assertThat(replay(firstId).path("outcome").asString()).isEqualTo("REPLAYED");
        JsonNode again = await().atMost(PATIENCE).until(() -> status(documentId),
                s -> s != null && !firstId.equals(s.path("deadLetter").asString()));
        List<ConsumerRecord<byte[], byte[]>> letters = recordsOf(dlq, documentId);
        assertThat(letters).hasSize(2);
        ConsumerRecord<byte[], byte[]> second = letters.stream().filter(r -> r.offset() != letter.offset()
                || r.partition() != letter.partition()).findFirst().orElseThrow();
        assertThat(again.path("status").asString()).isEqualTo("DEAD_LETTERED");
        assertThat(again.path("deadLetter").asString()).isEqualTo(dlq + ":" + second.partition() + ":" + second.offset());
    }

    @Test
    void aParsedRecordWithNothingToValidateEndsFailedAtValidateNamingTheDocument() throws Exception {
        byte[] bytes = variant("songjiang-medical-security-2026.txt", "医疗保障局无表");
        ParsedBudget budget = parse(bytes);
        String documentId = DocumentIds.of(bytes);
        DocumentParsed parsed = DocumentParsed.of(received(documentId, "empty.txt", bytes), budget, Instant.now());
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(parsed));
        json.putNull("budget");
        send(pipeline.topic("parsed"), parsed.budgetKey().id(), EventJson.mapper().writeValueAsBytes(json), documentId,
                DocumentParsed.TYPE);

        JsonNode status = await().atMost(PATIENCE).until(() -> status(documentId),
                s -> s != null && "FAILED".equals(s.path("status").asString()));
        String reason = "NO_BUDGET: the parsed event of empty.txt (document " + documentId
                + ") carries no budget, no reading of it or no budget key";
        assertThat(status.path("stage").asString()).isEqualTo("VALIDATE");
        assertThat(status.path("reason").asString()).isEqualTo(reason);
        assertThat(status.path("stages").path("parsed").path("budgetKey").path("departmentKey").asString())
                .isEqualTo(budget.metadata().key().departmentKey());
        JsonNode failed = EventJson.mapper().readTree(onlyRecordOf(pipeline.topic("failed"), documentId).value());
        assertThat(failed.path("stage").asString()).isEqualTo("VALIDATE");
        assertThat(failed.path("reason").asString()).isEqualTo(reason);
        assertThat(failed.path("filename").asString()).isEqualTo("empty.txt");
        assertThat(recordsOf(pipeline.topic("validated"), documentId)).isEmpty();
        assertThat(recordsOf(pipeline.topic("parsed") + ".validate-service.dlq", documentId)).isEmpty();
    }

    @Test
    void aValidatedRecordWithoutItsBudgetEndsFailedAtStoreNamingTheDocument() throws Exception {
        byte[] bytes = variant("minhang-medical-security-2026.txt", "医疗保障局无账");
        ParsedBudget budget = parse(bytes);
        String documentId = DocumentIds.of(bytes);
        DocumentParsed parsed = DocumentParsed.of(received(documentId, "bare.txt", bytes), budget, Instant.now());
        DocumentValidated validated = DocumentValidated.of(parsed, validate(budget), Instant.now());
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(validated));
        json.remove("budget");
        send(pipeline.topic("validated"), parsed.budgetKey().id(), EventJson.mapper().writeValueAsBytes(json), documentId,
                DocumentValidated.TYPE);

        JsonNode status = await().atMost(PATIENCE).until(() -> status(documentId),
                s -> s != null && "FAILED".equals(s.path("status").asString()));
        String reason = "INCOMPLETE_EVENT: the validated event of bare.txt (document " + documentId + ") has no budget";
        assertThat(status.path("stage").asString()).isEqualTo("STORE");
        assertThat(status.path("reason").asString()).isEqualTo(reason);
        JsonNode failed = EventJson.mapper().readTree(onlyRecordOf(pipeline.topic("failed"), documentId).value());
        assertThat(failed.path("stage").asString()).isEqualTo("STORE");
        assertThat(failed.path("reason").asString()).isEqualTo(reason);
        assertThat(pipeline.database().getCollection("budgets").countDocuments(
                Filters.eq("_id", parsed.budgetKey().id()))).isZero();
        assertThat(recordsOf(pipeline.topic("validated") + ".query-service.dlq", documentId)).isEmpty();
    }

    @Test
    void aFailedEventTheStatusTrackerCannotReadIsDeadLetteredAgainstItsDocumentAtStageStatus() throws Exception {
        String documentId = DocumentIds.of("unreadable failed event".getBytes(StandardCharsets.UTF_8));
        byte[] unreadable = ("{\"eventType\":\"DocumentFailed\",\"schemaVersion\":1,\"occurredAt\":\"yesterday\","
                + "\"documentId\":\"" + documentId + "\",\"filename\":\"late.txt\",\"stage\":\"PARSE\",\"reason\":\"x\"}")
                .getBytes(StandardCharsets.UTF_8);
        send(pipeline.topic("failed"), documentId, unreadable, documentId, "DocumentFailed");
        String dlq = pipeline.topic("status") + ".query-service.dlq";

        JsonNode status = await().atMost(PATIENCE).until(() -> status(documentId),
                s -> s != null && "DEAD_LETTERED".equals(s.path("status").asString()));
        ConsumerRecord<byte[], byte[]> letter = onlyRecordOf(dlq, documentId);
        assertThat(status.path("stage").asString()).isEqualTo("STATUS");
        assertThat(status.path("deadLetter").asString()).isEqualTo(dlq + ":" + letter.partition() + ":" + letter.offset());
        assertThat(status.path("reason").asString()).isEqualTo("Text 'yesterday' could not be parsed at index 0");
        assertThat(status.path("stages").path("deadLettered").path("originalTopic").asString())
                .isEqualTo(pipeline.topic("failed"));
        assertThat(status.path("filename").asString()).isEqualTo("late.txt");
    }

    /** A sample with its department renamed: a budget no other test has. */
    private static byte[] variant(String sample, String department) {
        String text = new String(SampleVariants.samples().get(sample), StandardCharsets.UTF_8);
        return text.replace("医疗保障局", department).getBytes(StandardCharsets.UTF_8);
    }

    private static ParsedBudget parse(byte[] bytes) {
        return ((ParseOutcome.Parsed) new BudgetDocuments().read(bytes)).budget();
    }

    private static ValidationReport validate(ParsedBudget budget) {
        return new BudgetValidator().validate(budget);
    }

    private static DocumentReceived received(String documentId, String filename, byte[] bytes) {
        return DocumentReceived.text(documentId, filename, "UTF-8", bytes.length, StoredOriginal.of(documentId),
                Instant.now());
    }

    /** The document's status as the API answers it, or null while it answers 404. */
    private static JsonNode status(String documentId) throws Exception {
        HttpResponse<String> response = Uploads.get(pipeline.queryUrl(), "/api/documents/" + documentId);
        if (response.statusCode() == 404) {
            return null;
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return EventJson.mapper().readTree(response.body());
    }

    private static JsonNode replay(String id) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.queryUrl() + "/api/ops/dlq/replay"))
                .header("X-API-Key", Pipeline.API_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ids\":[\"" + id + "\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode results = EventJson.mapper().readTree(response.body());
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    private static List<ConsumerRecord<byte[], byte[]>> recordsOf(String topic, String documentId) {
        return TopicReader.readAll(pipeline, topic).stream().filter(r -> {
            var header = r.headers().lastHeader(KafkaMessages.DOCUMENT_ID);
            return header != null && documentId.equals(new String(header.value(), StandardCharsets.UTF_8));
        }).toList();
    }

    private static ConsumerRecord<byte[], byte[]> onlyRecordOf(String topic, String documentId) {
        List<ConsumerRecord<byte[], byte[]>> records = recordsOf(topic, documentId);
        assertThat(records).as("records of " + documentId + " on " + topic).hasSize(1);
        return records.get(0);
    }

    /** Publishes as the stages do: keyed, with the event type and document in headers. */
    private static void send(String topic, String key, byte[] value, String documentId, String eventType) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = pipeline.kafkaClients().producer(Map.of())) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value);
            record.headers().add(KafkaMessages.EVENT_TYPE, eventType.getBytes(StandardCharsets.UTF_8));
            record.headers().add(KafkaMessages.DOCUMENT_ID, documentId.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }
}
