package budget.pipeline;

import budget.parse.ParseApplication;
import budget.query.QueryApplication;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import budget.events.EventJson;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka delivers at least once; the pipeline must store every document exactly once anyway. A service is
 * killed with SIGKILL part-way through a batch of 100 documents (no shutdown, no offset commit) and
 * started again: every document must end in MongoDB once, none lost, none duplicated.
 */
class CrashRecoveryIntegrationTests {

    private static final int DOCUMENTS = 100;
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @Test
    void parseServiceKilledMidBatch() throws Exception {
        try (Pipeline pipeline = new Pipeline().start(ParseApplication.NAME)) {
            Set<String> ids = uploadBatch(pipeline);
            awaitProgress(pipeline, 10);

            pipeline.process(ParseApplication.NAME).kill();
            assertKilledPartWay(pipeline);
            pipeline.restart(ParseApplication.NAME);

            assertEveryDocumentStoredOnce(pipeline, ids);
        }
    }

    @Test
    void queryServiceKilledMidBatch() throws Exception {
        try (Pipeline pipeline = new Pipeline().start(QueryApplication.NAME)) {
            Set<String> ids = uploadBatch(pipeline);
            awaitProgress(pipeline, 10);

            pipeline.process(QueryApplication.NAME).kill();
            assertKilledPartWay(pipeline);
            pipeline.restart(QueryApplication.NAME);

            assertEveryDocumentStoredOnce(pipeline, ids);
        }
    }

    private static Set<String> uploadBatch(Pipeline pipeline) throws Exception {
        Map<String, byte[]> documents = SampleVariants.variants(DOCUMENTS);
        Set<String> ids = new HashSet<>();
        List<Map.Entry<String, byte[]>> all = new ArrayList<>(documents.entrySet());
        for (int from = 0; from < all.size(); from += 20) {
            Map<String, byte[]> chunk = new LinkedHashMap<>();
            all.subList(from, Math.min(all.size(), from + 20)).forEach(e -> chunk.put(e.getKey(), e.getValue()));
            HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(), chunk);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            for (JsonNode receipt : EventJson.mapper().readTree(response.body()).path("documents")) {
                assertThat(receipt.path("duplicate").asBoolean()).isFalse();
                ids.add(receipt.path("documentId").asString());
            }
        }
        assertThat(ids).hasSize(DOCUMENTS);
        return ids;
    }

    /** Waits until some documents went through, so the kill lands part-way. */
    private static void awaitProgress(Pipeline pipeline, int atLeast) {
        await().atMost(PATIENCE).until(() -> pipeline.database().getCollection("budgets").countDocuments() >= atLeast
                || pipeline.database().getCollection("documents").countDocuments(Filters.eq("status", "PARSED")) >= atLeast);
    }

    /** The kill must land with work still to do, or the test proves nothing. */
    private static void assertKilledPartWay(Pipeline pipeline) {
        assertThat(pipeline.database().getCollection("documents").countDocuments(Filters.eq("status", "VALIDATED")))
                .as("documents already through when the service was killed").isLessThan(DOCUMENTS);
    }

    private static void assertEveryDocumentStoredOnce(Pipeline pipeline, Set<String> ids) {
        var budgets = pipeline.database().getCollection("budgets");
        var documents = pipeline.database().getCollection("documents");
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(documents.countDocuments(Filters.eq("status", "VALIDATED"))).isEqualTo(DOCUMENTS));

        List<Document> stored = budgets.find().into(new ArrayList<>());
        assertThat(stored).hasSize(DOCUMENTS);
        List<String> storedIds = stored.stream().flatMap(b -> b.getList("documentIds", String.class).stream()).toList();
        assertThat(storedIds).as("every document once, none twice").hasSize(DOCUMENTS).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(stored).allSatisfy(b -> assertThat(b.getList("history", Document.class)).isEmpty());
        assertThat(documents.countDocuments()).isEqualTo(DOCUMENTS);
    }
}
