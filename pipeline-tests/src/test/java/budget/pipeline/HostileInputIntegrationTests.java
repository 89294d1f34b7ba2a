package budget.pipeline;

import budget.events.EventJson;
import budget.model.validation.ValidationReport;
import budget.parser.BudgetDocuments;
import budget.parser.ParseOutcome;
import budget.validator.BudgetValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bad uploads of every kind: each gets a specific error, or ends failed or invalid with a reason; the
 * services stay up and a good document sent afterwards is processed as usual.
 */
class HostileInputIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
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
    void emptyAndBinaryUploadsAreRefusedByName() throws Exception {
        long before = received();
        assertRefused(Map.of("empty.txt", new byte[0]), 422, "empty");
        assertRefused(Map.of("scan.txt", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}), 415, "PNG");
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        assertRefused(Map.of("noise.bin", random), 415, "binary");
        assertThat(received()).isEqualTo(before);
    }

    @Test
    void oneBadFileRefusesTheWholeRequestAndPublishesNothing() throws Exception {
        long before = received();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("good.txt", "上海市某区2026年区级部门预算\n".getBytes(StandardCharsets.UTF_8));
        files.put("bad.txt", new byte[0]);
        assertRefused(files, 422, "bad.txt");
        assertThat(received()).isEqualTo(before);
    }

    @Test
    void aHundredMegabyteUploadIsRefusedWithTheLimit() throws Exception {
        byte[] huge = new byte[100 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(), Map.of("huge.txt", huge));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("limit");
    }

    @Test
    void aRawTextBodyWithAPathInItsNameIsStoredUnderTheBareName() throws Exception {
        byte[] text = "不是预算的文本\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(pipeline.ingestUrl() + "/api/documents?filename=..%2F..%2Fetc%2Fpasswd"))
                .header("Content-Type", "text/plain").header("X-API-Key", Pipeline.API_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(text)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(EventJson.mapper().readTree(response.body()).path("documents").get(0).path("filename").asString())
                .isEqualTo("passwd");
    }

    @Test
    void uploadsWithoutTheApiKeyAreUnauthorized() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(pipeline.ingestUrl() + "/api/documents?filename=a.txt"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("X-API-Key");
    }

    @Test
    void textsThatAreNoBudgetEndFailedAndGoodDocumentsStillPass() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("page.html", "<!DOCTYPE html><html><body><h1>预算公开</h1><p>请下载附件</p></body></html>".getBytes(StandardCharsets.UTF_8));
        files.put("one-long-line.txt", "预算".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
        String sample = new String(SampleVariants.samples().get("minhang-medical-security-2026.txt"), StandardCharsets.UTF_8);
        files.put("gbk-budget.txt", sample.replace("医疗保障局", "医疗保障局GBK").getBytes(Charset.forName("GBK")));
        files.put("truncated.txt", sample.substring(0, sample.length() / 3).replace("医疗保障局", "医疗保障局截断")
                .getBytes(StandardCharsets.UTF_8));
        files.put("garbled.txt", sample.replace("医疗保障局", "医疗保障局乱码").replace("8,594,614.00", "8,5#4,6l4.00")
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 30; i++) {
            files.put("many-" + i + ".txt", ("第" + i + "份会议纪要\n").getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(), files);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        Map<String, String> ids = new LinkedHashMap<>();
        for (JsonNode receipt : EventJson.mapper().readTree(response.body()).path("documents")) {
            ids.put(receipt.path("filename").asString(), receipt.path("documentId").asString());
            if (receipt.path("filename").asString().equals("gbk-budget.txt")) {
                assertThat(receipt.path("encoding").asString()).isEqualTo("GB18030");
            }
        }
        assertThat(ids).hasSize(files.size());

        // each ends as the reader says when run on its bytes directly: validated if it reads as a budget, else failed
        Map<String, String> expected = new LinkedHashMap<>();
        files.forEach((name, bytes) -> expected.put(name, readsAsABudget(bytes) ? "VALIDATED" : "FAILED"));
        assertThat(expected).containsEntry("page.html", "FAILED").containsEntry("one-long-line.txt", "FAILED")
                .containsEntry("many-7.txt", "FAILED").containsEntry("gbk-budget.txt", "VALIDATED")
                .as("a garbled amount is reported, not swallowed").containsEntry("garbled.txt", "VALIDATED");
        await().atMost(PATIENCE).untilAsserted(() -> {
            Map<String, String> statuses = new LinkedHashMap<>();
            for (var entry : ids.entrySet()) {
                statuses.put(entry.getKey(), status(entry.getValue()));
            }
            assertThat(statuses).isEqualTo(expected);
        });
        JsonNode garbled = view(ids.get("garbled.txt"));
        ValidationReport garbledReport = new BudgetValidator().validate(
                ((ParseOutcome.Parsed) new BudgetDocuments().read(files.get("garbled.txt"))).budget());
        assertThat(garbled.path("validationStatus").asString()).isEqualTo(garbledReport.status().name());
        assertThat(garbled.path("stages").path("validated").path("errors").asInt()).isEqualTo(garbledReport.errors());
        assertThat(garbled.path("stages").path("validated").path("warnings").asInt()).isEqualTo(garbledReport.warnings());
        assertThat(garbledReport.status().name()).as("the garbled amount counts against it").isNotEqualTo("VALID");
        assertThat(view(ids.get("page.html")).path("reason").asString()).startsWith("NOT_A_BUDGET: not a budget document: ");

        Map<String, byte[]> good = Map.of("good-after.txt", sample.replace("医疗保障局", "医疗保障局之后").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> after = Uploads.multipart(pipeline.ingestUrl(), good);
        String goodId = EventJson.mapper().readTree(after.body()).path("documents").get(0).path("documentId").asString();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(goodId)).isEqualTo("VALIDATED"));
    }

    private static void assertRefused(Map<String, byte[]> files, int status, String mention) throws Exception {
        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(), files);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body()).contains(mention);
    }

    /** What parse-service makes of the bytes: a budget naming its department, kind and year, or a failure. */
    private static boolean readsAsABudget(byte[] bytes) {
        if (!(new BudgetDocuments().read(bytes) instanceof ParseOutcome.Parsed parsed)) {
            return false;
        }
        var metadata = parsed.budget().metadata();
        return metadata != null && metadata.departmentKey() != null && !metadata.departmentKey().isBlank()
                && metadata.kind() != null && metadata.year() > 0;
    }

    private static long received() {
        return TopicReader.readAll(pipeline, pipeline.topic("received")).size();
    }

    private static String status(String documentId) throws Exception {
        return view(documentId).path("status").asString();
    }

    private static JsonNode view(String documentId) throws Exception {
        return EventJson.mapper().readTree(Uploads.get(pipeline.queryUrl(), "/api/documents/" + documentId).body());
    }

}
