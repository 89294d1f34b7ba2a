package budget.pipeline;

import budget.events.DocumentReceived;
import budget.events.EventJson;
import budget.events.StoredOriginal;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The operator's tools against a live pipeline: topic views, dead letters and idempotent replay. */
class OperationsIntegrationTests {

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
    void aMalformedEventIsDeadLetteredWithItsOriginAndReason() throws Exception {
        send(pipeline.topic("received"), "broken-key", "{not json".getBytes(StandardCharsets.UTF_8), Map.of());
        String dlq = pipeline.topic("received") + ".parse-service.dlq";

        JsonNode letter = await().atMost(PATIENCE).until(() -> deadLetters().findValues("id").isEmpty() ? null
                : findLetter(deadLetters(), "broken-key"), l -> l != null);

        assertThat(letter.path("dlqTopic").asString()).isEqualTo(dlq);
        assertThat(letter.path("originalTopic").asString()).isEqualTo(pipeline.topic("received"));
        assertThat(letter.path("exception").asString()).isEqualTo("org.springframework.messaging.MessagingException");
        assertThat(letter.path("reason").asString()).contains("Unexpected character ('n'");
        assertThat(letter.path("documentId").isNull()).as("nothing in it names a document").isTrue();

        JsonNode view = topics();
        assertThat(view.path("deadLetters").path(dlq).asLong())
                .isEqualTo(TopicReader.readAll(pipeline, dlq).size());
    }

    @Test
    void aReplayedDeadLetterIsProcessedOnceHoweverOftenItIsReplayed() throws Exception {
        byte[] text = SampleVariants.samples().get("baoshan-medical-security-2026.txt");
        byte[] variant = new String(text, StandardCharsets.UTF_8).replace("医疗保障局", "医疗保障局重放")
                .getBytes(StandardCharsets.UTF_8);
        String documentId = budget.events.DocumentIds.of(variant);
        pipeline.storeOriginal(documentId, "replayed.txt", variant, DocumentReceived.TEXT, "UTF-8");
        DocumentReceived event = DocumentReceived.text(documentId, "replayed.txt", "UTF-8", variant.length,
                StoredOriginal.of(documentId), Instant.now());
        String dlq = pipeline.topic("received") + ".parse-service.dlq";
        // a dead letter whose cause has been fixed: as the binder writes it, with the original topic in a header
        send(dlq, documentId, EventJson.write(event), Map.of("x-original-topic", pipeline.topic("received")));
        String id = await().atMost(PATIENCE).until(() -> findLetter(deadLetters(), documentId), l -> l != null).path("id").asString();

        JsonNode first = replay("{\"ids\":[\"" + id + "\"]}");
        assertThat(first.get(0).path("outcome").asString()).isEqualTo("REPLAYED");
        assertThat(first.get(0).path("toTopic").asString()).isEqualTo(pipeline.topic("received"));
        assertThat(replay("{\"ids\":[\"" + id + "\"]}").get(0).path("outcome").asString()).isEqualTo("ALREADY_REPLAYED");
        assertThat(replay("{\"ids\":[\"" + dlq + ":0:999999\"]}").get(0).path("outcome").asString()).isEqualTo("NOT_FOUND");

        var documents = pipeline.database().getCollection("documents");
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(documents.countDocuments(Filters.and(Filters.eq("_id", documentId), Filters.eq("status", "VALIDATED")))).isEqualTo(1));

        assertThat(replay("{\"ids\":[\"" + id + "\"],\"force\":true}").get(0).path("outcome").asString()).isEqualTo("REPLAYED");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(pipeline.database().getCollection("budgets").countDocuments(Filters.eq("documentIds", documentId))).isEqualTo(1));
        var budget = pipeline.database().getCollection("budgets").find(Filters.eq("documentIds", documentId)).first();
        assertThat(budget.getList("history", Object.class)).isEmpty();
        assertThat(findLetter(deadLetters(), documentId).path("replayedAt").isNull()).isFalse();
    }

    @Test
    void aClaimCheckWhoseOriginalIsMissingIsRetriedThenDeadLetteredAndGoesThroughOnceTheOriginalIsRestored()
            throws Exception {
        byte[] text = SampleVariants.samples().get("songjiang-medical-security-2026.txt");
        byte[] variant = new String(text, StandardCharsets.UTF_8).replace("医疗保障局", "医疗保障局失物")
                .getBytes(StandardCharsets.UTF_8);
        String documentId = budget.events.DocumentIds.of(variant);
        DocumentReceived event = DocumentReceived.text(documentId, "lost.txt", "UTF-8", variant.length,
                StoredOriginal.of(documentId), Instant.now());
        // the store lost the original (restored from an older backup, say): the event names nothing
        send(pipeline.topic("received"), documentId, EventJson.write(event), Map.of());

        JsonNode letter = await().atMost(PATIENCE).until(() -> findLetter(deadLetters(), documentId), l -> l != null);
        assertThat(letter.path("originalTopic").asString()).isEqualTo(pipeline.topic("received"));
        assertThat(letter.path("reason").asString()).contains("no original " + documentId);
        assertThat(TopicReader.readAll(pipeline, pipeline.topic("failed")))
                .as("an infrastructure fault is no verdict on the document")
                .noneMatch(r -> new String(r.key(), StandardCharsets.UTF_8).equals(documentId));

        // the document waits in the dead letter, and its status says where and why
        JsonNode waiting = await().atMost(PATIENCE).until(() -> status(documentId),
                s -> s != null && "DEAD_LETTERED".equals(s.path("status").asString()));
        assertThat(waiting.path("stage").asString()).isEqualTo("PARSE");
        assertThat(waiting.path("deadLetter").asString()).isEqualTo(letter.path("id").asString());
        assertThat(waiting.path("reason").asString()).isEqualTo(letter.path("reason").asString());
        assertThat(waiting.path("stages").path("deadLettered").path("topic").asString())
                .isEqualTo(pipeline.topic("received") + ".parse-service.dlq");
        assertThat(waiting.path("stages").path("deadLettered").path("originalTopic").asString())
                .isEqualTo(pipeline.topic("received"));
        assertThat(waiting.path("stages").path("deadLettered").path("originalOffset").asLong())
                .isEqualTo(letter.path("originalOffset").asLong());

        pipeline.storeOriginal(documentId, "lost.txt", variant, DocumentReceived.TEXT, "UTF-8");
        assertThat(replay("{\"ids\":[\"" + letter.path("id").asString() + "\"]}").get(0).path("outcome").asString())
                .isEqualTo("REPLAYED");
        JsonNode validated = await().atMost(PATIENCE).until(() -> status(documentId),
                s -> s != null && "VALIDATED".equals(s.path("status").asString()));
        assertThat(validated.path("stages").path("deadLettered").path("id").asString())
                .isEqualTo(letter.path("id").asString());
        assertThat(validated.path("stages").path("deadLettered").path("replayedAt").isString())
                .as("the replayed record was seen coming out of the dead letter").isTrue();
    }

    @Test
    void aVersionOneReceivedEventCarryingItsTextAsDeadLettersOfEarlierReleasesDoIsStillRead() throws Exception {
        byte[] text = SampleVariants.samples().get("minhang-medical-security-2023.txt");
        String variant = new String(text, StandardCharsets.UTF_8).replace("医疗保障局", "医疗保障局旧版");
        String documentId = budget.events.DocumentIds.of(variant.getBytes(StandardCharsets.UTF_8));
        var v1 = EventJson.mapper().createObjectNode()
                .put("eventId", "v1-" + documentId).put("eventType", DocumentReceived.TYPE).put("schemaVersion", 1)
                .put("occurredAt", Instant.now().toString()).put("documentId", documentId).put("filename", "v1.txt")
                .put("originalEncoding", "UTF-8").put("sizeBytes", variant.length()).put("text", variant);
        send(pipeline.topic("received"), documentId, EventJson.write(v1), Map.of());

        var documents = pipeline.database().getCollection("documents");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(documents.countDocuments(
                Filters.and(Filters.eq("_id", documentId), Filters.eq("status", "VALIDATED")))).isEqualTo(1));
        assertThat(documents.find(Filters.eq("_id", documentId)).first().getEmbedded(
                java.util.List.of("stages", "received", "mediaType"), String.class)).isEqualTo(DocumentReceived.TEXT);
    }

    @Test
    void theTopicViewShowsEveryTopicGroupAndStatusAlsoAsText() throws Exception {
        JsonNode view = topics();
        assertThat(view.path("topics").findValuesAsString("name"))
                .contains(pipeline.topic("received"), pipeline.topic("parsed"), pipeline.topic("validated"), pipeline.topic("failed"));
        assertThat(view.path("topics").get(0).path("partitions").asInt()).isEqualTo(6);
        assertThat(view.path("consumerGroups").findValuesAsString("group")).contains("parse-service", "validate-service", "query-service");

        HttpResponse<String> text = HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.queryUrl() + "/api/ops/topics"))
                .header("Accept", "text/plain").header("X-API-Key", Pipeline.API_KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.body()).contains("CONSUMER GROUP", "DEAD LETTERS", pipeline.topic("parsed"));

        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.queryUrl() + "/api/ops/topics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private static JsonNode findLetter(JsonNode letters, String keyOrDocument) {
        for (JsonNode letter : letters) {
            if (keyOrDocument.equals(letter.path("key").asString(null)) || keyOrDocument.equals(letter.path("documentId").asString(null))) {
                return letter;
            }
        }
        return null;
    }

    /** The document's status as the API answers it, or null while it answers 404. */
    private static JsonNode status(String documentId) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.queryUrl() + "/api/documents/"
                + documentId)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 404 ? null : EventJson.mapper().readTree(response.body());
    }

    private static JsonNode topics() throws Exception {
        return EventJson.mapper().readTree(get("/api/ops/topics"));
    }

    private static JsonNode deadLetters() throws Exception {
        return EventJson.mapper().readTree(get("/api/ops/dlq"));
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.queryUrl() + path))
                .header("X-API-Key", Pipeline.API_KEY).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode replay(String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(pipeline.queryUrl() + "/api/ops/dlq/replay"))
                .header("X-API-Key", Pipeline.API_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return EventJson.mapper().readTree(response.body());
    }

    private static void send(String topic, String key, byte[] value, Map<String, String> headers) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = pipeline.kafkaClients().producer(Map.of())) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value);
            headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        }
    }
}
