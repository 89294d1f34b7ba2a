package budget.pipeline;

import budget.events.DocumentFailed;
import budget.events.DocumentReceived;
import budget.events.EventJson;
import budget.events.StoredOriginal;
import budget.model.validation.ValidationFinding;
import budget.model.validation.ValidationReport;
import budget.parser.BudgetDocuments;
import budget.parser.ParseOutcome;
import budget.parser.pdf.HostilePdfs;
import budget.validator.BudgetValidator;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
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
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The four published PDF budgets through the whole pipeline (a real broker, the MongoDB wire protocol): uploaded,
 * stored once in GridFS and announced by a claim check, read by their pages, validated with the verdict
 * {@code budget check} gives, and then seen on the page: the original served as uploaded, a page image with the
 * boxes of its findings, the PDF annotated with every located finding. The hostile PDFs of issue #11 each end in
 * their own failed event while the services stay up. Every test stands on its own over the documents uploaded
 * once before all.
 */
class PdfIntegrationTests {

    private static final Path SAMPLES = SampleVariants.SAMPLES;
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String TEXT_SAMPLE = "minhang-medical-security-2026.txt";

    /** What {@code ./budget check samples/pdf/X.pdf} prints: status, errors, warnings, notes. */
    private static final Map<String, Verdict> EXPECTED = Map.of(
            "putuo-finance-bureau-2025-dept.pdf", new Verdict("VALID_WITH_WARNINGS", 0, 2, 4, 24),
            "putuo-justice-bureau-2026-dept.pdf", new Verdict("VALID_WITH_WARNINGS", 0, 14, 1, 23),
            "putuo-justice-bureau-2026-unit.pdf", new Verdict("INVALID", 14, 12, 2, 21),
            "shanghai-finance-bureau-2025-unit.pdf", new Verdict("INVALID", 2, 3, 0, 21));

    private record Verdict(String status, int errors, int warnings, int notes, int pages) {
    }

    private static Pipeline pipeline;
    private static final Map<String, byte[]> uploaded = new LinkedHashMap<>();
    private static final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    static void uploadThePublishedPdfs() throws Exception {
        pipeline = new Pipeline().start();
        for (String name : EXPECTED.keySet().stream().sorted().toList()) {
            uploaded.put(name, Files.readAllBytes(SAMPLES.resolve("pdf").resolve(name)));
        }
        uploaded.put(TEXT_SAMPLE, Files.readAllBytes(SAMPLES.resolve(TEXT_SAMPLE)));
        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(), uploaded);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        for (JsonNode receipt : EventJson.mapper().readTree(response.body()).path("documents")) {
            ids.put(receipt.path("filename").asString(), receipt.path("documentId").asString());
            String name = receipt.path("filename").asString();
            if (name.endsWith(".pdf")) {
                assertThat(receipt.path("mediaType").asString()).isEqualTo(DocumentReceived.PDF);
                assertThat(receipt.path("pageCount").asInt()).as(name).isEqualTo(EXPECTED.get(name).pages());
                assertThat(receipt.has("encoding")).as("a PDF has no text encoding").isFalse();
            } else {
                assertThat(receipt.path("mediaType").asString()).isEqualTo(DocumentReceived.TEXT);
                assertThat(receipt.path("encoding").asString()).isEqualTo("UTF-8");
            }
        }
        assertThat(ids.keySet()).containsExactlyInAnyOrderElementsOf(uploaded.keySet());
        // every one of them reads as a budget: each ends validated (the verdicts are the tests' to check)
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (var id : ids.entrySet()) {
                assertThat(view(id.getValue()).path("status").asString()).as(id.getKey()).isEqualTo("VALIDATED");
            }
        });
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    @Test
    void theFourPublishedPdfsEndWithTheVerdictOfBudgetCheckAndItsVeryFindings() throws Exception {
        BudgetDocuments documents = new BudgetDocuments();
        BudgetValidator validator = new BudgetValidator();
        for (var expected : EXPECTED.entrySet()) {
            String name = expected.getKey();
            JsonNode view = view(ids.get(name));
            assertThat(view.path("status").asString()).as(name + ": " + view).isEqualTo("VALIDATED");
            JsonNode validated = view.path("stages").path("validated");
            assertThat(new Verdict(validated.path("validationStatus").asString(), validated.path("errors").asInt(),
                    validated.path("warnings").asInt(), validated.path("notes").asInt(), view.path("pageCount").asInt()))
                    .as(name).isEqualTo(expected.getValue());

            ValidationReport local = validator.validate(((ParseOutcome.Parsed) documents.read(uploaded.get(name))).budget());
            assertThat(describe(findings(ids.get(name)))).as(name + ": the pipeline's findings are those of budget check")
                    .containsExactlyElementsOf(describe(local.findings()));
        }
    }

    @Test
    void aPdfIsStoredOnceInGridFsAndAnnouncedByAClaimCheckWithItsPages() throws Exception {
        List<ConsumerRecord<byte[], byte[]>> received = TopicReader.readAll(pipeline, pipeline.topic("received"));
        for (var entry : EXPECTED.entrySet()) {
            String id = ids.get(entry.getKey());
            DocumentReceived event = received.stream().map(r -> EventJson.read(r.value(), DocumentReceived.class))
                    .filter(e -> e.documentId().equals(id)).findFirst().orElseThrow();
            assertThat(event.schemaVersion()).isEqualTo(2);
            assertThat(event.mediaType()).isEqualTo(DocumentReceived.PDF);
            assertThat(event.pageCount()).isEqualTo(entry.getValue().pages());
            assertThat(event.sizeBytes()).isEqualTo(uploaded.get(entry.getKey()).length);
            assertThat(event.originalEncoding()).isNull();
            assertThat(event.original()).isEqualTo(StoredOriginal.of(id));
            Document file = pipeline.database().getCollection("originals.files").find(Filters.eq("_id", id)).first();
            assertThat(file).as("the GridFS file of " + entry.getKey()).isNotNull();
            assertThat(file.get("length", Number.class).longValue()).isEqualTo(uploaded.get(entry.getKey()).length);
            assertThat(file.get("metadata", Document.class).getInteger("pageCount")).isEqualTo(entry.getValue().pages());
        }
        assertThat(received).allSatisfy(r -> assertThat(r.value().length).as("claim checks, not documents").isLessThan(2_000));

        String name = "shanghai-finance-bureau-2025-unit.pdf";
        long files = pipeline.database().getCollection("originals.files").countDocuments();
        long chunks = pipeline.database().getCollection("originals.chunks").countDocuments();
        HttpResponse<String> again = Uploads.multipart(pipeline.ingestUrl(), Map.of("again-" + name, uploaded.get(name)));
        JsonNode receipt = EventJson.mapper().readTree(again.body()).path("documents").get(0);
        assertThat(receipt.path("duplicate").asBoolean()).isTrue();
        assertThat(receipt.path("documentId").asString()).isEqualTo(ids.get(name));
        assertThat(pipeline.database().getCollection("originals.files").countDocuments()).as("nothing stored twice").isEqualTo(files);
        assertThat(pipeline.database().getCollection("originals.chunks").countDocuments()).isEqualTo(chunks);
        assertThat(TopicReader.readAll(pipeline, pipeline.topic("received"))
                .stream().filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals(ids.get(name))).count())
                .as("nothing published twice").isEqualTo(1);
    }

    @Test
    void theOriginalIsServedAsUploadedWithItsMediaTypeAndName() throws Exception {
        String pdf = "putuo-justice-bureau-2026-dept.pdf";
        HttpResponse<byte[]> original = Uploads.getBytes(pipeline.queryUrl(), "/api/documents/" + ids.get(pdf) + "/original");
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(original.headers().firstValue("Content-Disposition").orElseThrow()).contains("inline").contains(pdf);
        assertThat(original.body()).isEqualTo(uploaded.get(pdf));

        HttpResponse<byte[]> text = Uploads.getBytes(pipeline.queryUrl(), "/api/documents/" + ids.get(TEXT_SAMPLE) + "/original");
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(text.body()).isEqualTo(uploaded.get(TEXT_SAMPLE));

        JsonNode view = view(ids.get(pdf));
        assertThat(view.path("originalUrl").asString()).endsWith("/api/documents/" + ids.get(pdf) + "/original");
        assertThat(view.path("annotatedUrl").asString()).endsWith("/annotated.pdf");
    }

    @Test
    void theListFormGivesTheTrackedDocumentsInTheOrderAskedAndLeavesOutOnesNotYetTracked() throws Exception {
        String pdf = ids.get("putuo-justice-bureau-2026-dept.pdf");
        String text = ids.get(TEXT_SAMPLE);
        String unknown = "0".repeat(64);
        HttpResponse<String> response = Uploads.get(pipeline.queryUrl(),
                "/api/documents?ids=" + text + "," + unknown + "," + pdf);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = EventJson.mapper().readTree(response.body());
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0)).isEqualTo(view(text));
        assertThat(list.get(1)).isEqualTo(view(pdf));

        HttpResponse<String> bad = Uploads.get(pipeline.queryUrl(), "/api/documents?ids=not-an-id");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("not-an-id").contains("64 hex digits");
    }

    @Test
    void aPageImageHasThePageSizeForTheDpiAndItsFindingsBoxesTinted() throws Exception {
        String name = "shanghai-finance-bureau-2025-unit.pdf";
        String id = ids.get(name);
        ValidationFinding error = findings(id).stream()
                .filter(f -> f.severity().name().equals("ERROR") && f.location().box() != null).findFirst().orElseThrow();
        int page = error.location().box().page();
        HttpResponse<byte[]> response = Uploads.getBytes(pipeline.queryUrl(), "/api/documents/" + id + "/pages/" + page + ".png");
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.headers().firstValue("X-Rendered-Dpi")).hasValue("110.0");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        Path kept = Path.of("target", "page-images", name.replace(".pdf", "") + "-p" + page + ".png");
        Files.createDirectories(kept.getParent());
        Files.write(kept, response.body());

        PDRectangle crop = cropBox(uploaded.get(name), page);
        assertThat((double) image.getWidth()).as("width at 110 dpi").isCloseTo(crop.getWidth() * 110 / 72, within(1.0));
        assertThat((double) image.getHeight()).as("height at 110 dpi").isCloseTo(crop.getHeight() * 110 / 72, within(1.0));

        double scale = 110 / 72.0;
        var box = error.location().box();
        int x0 = (int) Math.ceil(box.x() * scale) + 3;
        int y0 = (int) Math.ceil(box.y() * scale) + 3;
        int x1 = (int) Math.floor((box.x() + box.width()) * scale) - 3;
        int y1 = (int) Math.floor((box.y() + box.height()) * scale) - 3;
        assertThat(tintedShare(image, x0, y0, x1, y1, true, Tint.RED)).as("the error's box on page " + page + " (" + kept + ") is red")
                .isGreaterThan(0.6);
        assertThat(tintedShare(image, 5, 5, 40, 40, false, Tint.ANY)).as("the page's corner, far from any finding, is not").isZero();

        // a warning is orange (the justice bureau's unit budget prints code 210 under its former name)
        String justice = ids.get("putuo-justice-bureau-2026-unit.pdf");
        ValidationFinding warning = findings(justice).stream()
                .filter(f -> f.severity().name().equals("WARNING") && f.location().box() != null).findFirst().orElseThrow();
        var warned = warning.location().box();
        HttpResponse<byte[]> warningPage = Uploads.getBytes(pipeline.queryUrl(),
                "/api/documents/" + justice + "/pages/" + warned.page() + ".png");
        Files.write(kept.resolveSibling("putuo-justice-bureau-2026-unit-p" + warned.page() + ".png"), warningPage.body());
        BufferedImage warningImage = ImageIO.read(new ByteArrayInputStream(warningPage.body()));
        assertThat(tintedShare(warningImage, (int) Math.ceil(warned.x() * scale) + 3, (int) Math.ceil(warned.y() * scale) + 3,
                (int) Math.floor((warned.x() + warned.width()) * scale) - 3,
                (int) Math.floor((warned.y() + warned.height()) * scale) - 3, true, Tint.ORANGE))
                .as(warning.ruleId() + " on page " + warned.page() + " is orange").isGreaterThan(0.6);

        HttpResponse<byte[]> small = Uploads.getBytes(pipeline.queryUrl(), "/api/documents/" + id + "/pages/" + page + ".png?dpi=72");
        BufferedImage at72 = ImageIO.read(new ByteArrayInputStream(small.body()));
        assertThat((double) at72.getWidth()).isCloseTo(crop.getWidth(), within(1.0));
    }

    @Test
    void theAnnotatedPdfOpensAndHasOneAnnotationWithItsMessagePerLocatedFinding() throws Exception {
        for (String name : List.of("putuo-justice-bureau-2026-unit.pdf", "putuo-finance-bureau-2025-dept.pdf")) {
            String id = ids.get(name);
            List<ValidationFinding> located = findings(id).stream().filter(f -> f.location().box() != null).toList();
            assertThat(located).as(name + ": findings located on their pages").isNotEmpty();
            HttpResponse<byte[]> response = Uploads.getBytes(pipeline.queryUrl(), "/api/documents/" + id + "/annotated.pdf");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            Path kept = Path.of("target", "page-images", name.replace(".pdf", ".annotated.pdf"));
            Files.createDirectories(kept.getParent());
            Files.write(kept, response.body());
            try (PDDocument annotated = Loader.loadPDF(response.body())) {
                assertThat(annotated.getNumberOfPages()).isEqualTo(EXPECTED.get(name).pages());
                List<String> found = new ArrayList<>();
                List<Integer> pages = new ArrayList<>();
                for (int p = 0; p < annotated.getNumberOfPages(); p++) {
                    PDPage page = annotated.getPage(p);
                    for (PDAnnotation annotation : page.getAnnotations()) {
                        if ("Square".equals(annotation.getSubtype())
                                && "budget-pipeline".equals(annotation.getCOSObject().getString(org.apache.pdfbox.cos.COSName.T))) {
                            found.add(annotation.getContents());
                            pages.add(p + 1);
                        }
                    }
                }
                assertThat(found).as(name + ": one annotation per located finding").hasSize(located.size());
                for (ValidationFinding finding : located) {
                    assertThat(found).as(name + " " + finding.ruleId())
                            .anySatisfy(contents -> assertThat(contents).contains(finding.messageEn()).contains(finding.messageZh()));
                }
                assertThat(pages).containsExactlyInAnyOrderElementsOf(located.stream().map(f -> f.location().box().page()).toList());
            }
        }
    }

    @Test
    void missingDocumentsPagesAndTextPagesAre404ProblemsAndABadDpiIs400() throws Exception {
        String unknown = "0".repeat(64);
        for (String path : List.of("/original", "/pages/1.png", "/annotated.pdf")) {
            assertProblem("/api/documents/" + unknown + path, 404, "no document " + unknown + " was uploaded");
            assertProblem("/api/documents/not-an-id" + path, 404, "64 hex digits");
        }
        String text = ids.get(TEXT_SAMPLE);
        assertProblem("/api/documents/" + text + "/pages/1.png", 404, "has no pages");
        assertProblem("/api/documents/" + text + "/annotated.pdf", 404, "has no pages");
        String pdf = ids.get("putuo-justice-bureau-2026-unit.pdf");
        assertProblem("/api/documents/" + pdf + "/pages/0.png", 404, "has 21 pages; there is no page 0");
        assertProblem("/api/documents/" + pdf + "/pages/22.png", 404, "has 21 pages; there is no page 22");
        assertProblem("/api/documents/" + pdf + "/pages/1.png?dpi=500", 400, "dpi");
        assertProblem("/api/documents/" + pdf + "/pages/1.png?dpi=10", 400, "dpi");
    }

    @Test
    void eachHostilePdfEndsInItsOwnFailedEventAndTheServicesStayUp() throws Exception {
        byte[] sample = uploaded.get("putuo-justice-bureau-2026-unit.pdf");
        Map<String, byte[]> hostile = new LinkedHashMap<>();
        hostile.put("encrypted.pdf", HostilePdfs.withUserPassword(sample));
        hostile.put("truncated.pdf", HostilePdfs.truncated(sample));
        hostile.put("no-pages.pdf", HostilePdfs.noPages());
        hostile.put("too-many-pages.pdf", HostilePdfs.blankPages(1001));
        hostile.put("stream-bomb.pdf", HostilePdfs.contentBomb(160));
        hostile.put("no-unicode.pdf", HostilePdfs.withoutUnicode(sample));
        hostile.put("scanned.pdf", HostilePdfs.scanned(2));
        Map<String, String> expected = Map.of(
                "encrypted.pdf", "PDF_ENCRYPTED: the document needs a password to open",
                "truncated.pdf", "PDF_DAMAGED: the file is truncated",
                "no-pages.pdf", "PDF_NO_PAGES: ",
                "too-many-pages.pdf", "PDF_TOO_MANY_PAGES: the document has 1001 pages, more than the limit of 1000",
                "stream-bomb.pdf", "PDF_TOO_LARGE: a page's content decodes into more than 128 MiB",
                "no-unicode.pdf", "PDF_NO_UNICODE: the fonts of pages 1–21 have no Unicode mapping",
                "scanned.pdf", "PDF_SCANNED: the document is scanned: pages 1, 2 are images without a text layer");
        assertThat(hostile.get("stream-bomb.pdf").length).as("a bomb: small on disk").isLessThan(1024 * 1024);

        HttpResponse<String> response = Uploads.multipart(pipeline.ingestUrl(), hostile);
        assertThat(response.statusCode()).as("every PDF is accepted; reading it is the parse stage's: " + response.body())
                .isEqualTo(202);
        Map<String, String> hostileIds = new LinkedHashMap<>();
        for (JsonNode receipt : EventJson.mapper().readTree(response.body()).path("documents")) {
            hostileIds.put(receipt.path("filename").asString(), receipt.path("documentId").asString());
            assertThat(receipt.path("mediaType").asString()).isEqualTo(DocumentReceived.PDF);
        }
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String id : hostileIds.values()) {
                assertThat(view(id).path("status").asString()).isEqualTo("FAILED");
            }
        });
        List<DocumentFailed> failed = TopicReader.readAll(pipeline, pipeline.topic("failed")).stream()
                .map(r -> EventJson.read(r.value(), DocumentFailed.class)).toList();
        for (var entry : hostileIds.entrySet()) {
            JsonNode stage = view(entry.getValue()).path("stages").path("failed");
            assertThat(stage.path("stage").asString()).isEqualTo("PARSE");
            assertThat(stage.path("reason").asString()).as(entry.getKey()).startsWith(expected.get(entry.getKey()));
            assertThat(failed).as(entry.getKey() + ": one failed event naming the document")
                    .filteredOn(e -> e.documentId().equals(entry.getValue())).singleElement()
                    .satisfies(e -> {
                        assertThat(e.filename()).isEqualTo(entry.getKey());
                        assertThat(e.stage()).isEqualTo(DocumentFailed.Stage.PARSE);
                        assertThat(e.reason()).startsWith(expected.get(entry.getKey()));
                    });
        }
        // pages counted at upload where the PDF opens within the limits; the others are the parse stage's to explain
        Map<String, Integer> pages = Map.of("stream-bomb.pdf", 1, "no-unicode.pdf", 21, "scanned.pdf", 2);
        for (var entry : hostileIds.entrySet()) {
            JsonNode count = view(entry.getValue()).path("pageCount");
            if (pages.containsKey(entry.getKey())) {
                assertThat(count.asInt()).as(entry.getKey()).isEqualTo(pages.get(entry.getKey()));
            } else {
                assertThat(count.isNull()).as(entry.getKey() + " does not open: not counted").isTrue();
            }
        }

        for (String service : List.of("ingest-service", "parse-service", "validate-service", "query-service")) {
            HttpResponse<String> health = Uploads.get(pipeline.url(service), "/actuator/health");
            assertThat(health.statusCode()).as(service + " " + health.body()).isEqualTo(200);
            assertThat(health.body()).as(service).contains("\"status\":\"UP\"");
        }
        // a good PDF afterwards is read as usual (the sample with a comment after its end: new bytes, same budget)
        byte[] after = (new String(uploaded.get("putuo-justice-bureau-2026-dept.pdf"), StandardCharsets.ISO_8859_1)
                + "\n% uploaded after the hostile ones\n").getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> good = Uploads.multipart(pipeline.ingestUrl(), Map.of("good-after.pdf", after));
        String goodId = EventJson.mapper().readTree(good.body()).path("documents").get(0).path("documentId").asString();
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(view(goodId).path("stages").path("validated").path("validationStatus").asString())
                        .isEqualTo("VALID_WITH_WARNINGS"));
    }

    private static void assertProblem(String path, int status, String mention) throws Exception {
        HttpResponse<String> response = Uploads.get(pipeline.queryUrl(), path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(path)
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body()).as(path).contains(mention);
    }

    /** Red over white keeps green at blue's level; orange lifts green well above blue; both lift red above blue. */
    private enum Tint {
        RED, ORANGE, ANY;

        boolean of(int r, int g, int b) {
            return switch (this) {
                case RED -> r - b > 30 && Math.abs(g - b) < 12;
                case ORANGE -> r - b > 30 && g - b > 15;
                case ANY -> r - b > 30 || Math.abs(r - g) > 30 || Math.abs(g - b) > 30;
            };
        }
    }

    /** Share of the pixels of a region (the printed ink left out, if asked) that have the tint. */
    private static double tintedShare(BufferedImage image, int x0, int y0, int x1, int y1, boolean skipInk, Tint tint) {
        int tinted = 0;
        int counted = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (skipInk && r + g + b < 300) {
                    continue; // the printed figures themselves
                }
                counted++;
                if (tint.of(r, g, b)) {
                    tinted++;
                }
            }
        }
        return counted == 0 ? 0 : (double) tinted / counted;
    }

    private static PDRectangle cropBox(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getPage(page - 1).getCropBox();
        }
    }

    /** The findings of the budget version read from the document, as the query API serves them. */
    private static List<ValidationFinding> findings(String documentId) throws Exception {
        JsonNode key = view(documentId).path("stages").path("validated").path("budgetKey");
        String path = "/api/budgets/" + URLEncoder.encode(key.path("departmentKey").asString(), StandardCharsets.UTF_8)
                .replace("+", "%20") + "/" + key.path("year").asInt() + "/versions/" + documentId + "?kind="
                + key.path("kind").asString();
        HttpResponse<String> version = Uploads.get(pipeline.queryUrl(), path);
        assertThat(version.statusCode()).as(path + ": " + version.body()).isEqualTo(200);
        JsonNode report = EventJson.mapper().readTree(version.body()).path("report");
        return EventJson.mapper().convertValue(report, ValidationReport.class).findings();
    }

    private static List<String> describe(List<ValidationFinding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.ruleId() + " " + f.location().describe() + " "
                + f.location().box() + " " + f.messageEn()).toList();
    }

    private static JsonNode view(String documentId) throws Exception {
        return EventJson.mapper().readTree(Uploads.get(pipeline.queryUrl(), "/api/documents/" + documentId).body());
    }
}
