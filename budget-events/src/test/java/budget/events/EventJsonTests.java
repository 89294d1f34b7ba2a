package budget.events;

import budget.events.published.Publication;
import budget.events.published.PublishedTable;
import budget.model.BudgetKind;
import budget.model.ParsedBudget;
import budget.model.RowPlacement;
import budget.model.TableRow;
import budget.model.validation.Severity;
import budget.model.validation.ValidationStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Each event reads from its committed sample and writes back to the same JSON: the contract cannot drift. */
class EventJsonTests {

    @Test
    void documentReceivedOfATextRoundTrips() throws IOException {
        byte[] sample = sample("document-received.json");
        DocumentReceived event = EventJson.read(sample, DocumentReceived.class);

        assertThat(event.eventType()).isEqualTo(DocumentReceived.TYPE);
        assertThat(event.schemaVersion()).isEqualTo(2);
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-22T09:15:30.125Z"));
        assertThat(event.mediaType()).isEqualTo(DocumentReceived.TEXT);
        assertThat(event.originalEncoding()).isEqualTo("GB18030");
        assertThat(event.pageCount()).as("a text has no pages").isNull();
        assertThat(event.original()).isEqualTo(StoredOriginal.gridFs("originals", event.documentId()));
        assertSameJson(sample, event);
    }

    @Test
    void documentReceivedOfAPdfRoundTripsWithItsPagesAndNoEncoding() throws IOException {
        byte[] sample = sample("document-received-pdf.json");
        DocumentReceived event = EventJson.read(sample, DocumentReceived.class);

        assertThat(event.mediaType()).isEqualTo(DocumentReceived.PDF);
        assertThat(event.originalEncoding()).isNull();
        assertThat(event.pageCount()).isEqualTo(21);
        assertThat(event.sizeBytes()).isEqualTo(185325);
        assertThat(event.original().fileId()).isEqualTo(event.documentId());
        assertSameJson(sample, event);
        assertThat(DocumentReceived.pdf(event.documentId(), event.filename(), event.sizeBytes(), 21, event.original(),
                event.occurredAt()).eventId()).as("the event id is derived from the document id")
                .isEqualTo(EventIds.of(event.documentId(), DocumentReceived.TYPE));
    }

    @Test
    void documentParsedRoundTripsWithExactAmounts() throws IOException {
        byte[] sample = sample("document-parsed.json");
        DocumentParsed event = EventJson.read(sample, DocumentParsed.class);

        assertThat(event.schemaVersion()).isEqualTo(2);
        assertThat(event.budgetKey().kind()).isEqualTo(BudgetKind.DEPARTMENT);
        assertThat(event.budgetKey().id()).isEqualTo("上海市松江区医疗保障局|DEPARTMENT|2026");
        PublishedTable table3 = event.budget().table(3);
        assertThat(table3.columns()).containsExactly("合计", "基本支出", "项目支出");
        assertThat(table3.amount(table3.rows().get(0).amounts(), "合计")).isEqualTo(new BigDecimal("1206476.00"));
        assertThat(table3.total("合计")).contains(new BigDecimal("304763448.00"));
        assertThat(event.budget().table(9).cells().get(0).yuan()).isEqualTo(new BigDecimal("1881100.00"));
        assertThat(event.budget().table(1).status()).as("a table absent from the event reads as missing")
                .isEqualTo(budget.model.TableStatus.MISSING);
        assertThat(event.reading().tables().get(0).rows().get(0).placement()).isEqualTo(RowPlacement.DELIMITED);
        TableRow row = event.asRead().table(3).rows().get(0);
        assertThat(row.amount("合计")).isEqualTo(new BigDecimal("1206476.00"));
        assertThat(row.lines()).containsExactly(142);
        assertSameJson(sample, event);
    }

    @Test
    void aVersion1ParsedEventReadsAsVersion2WithTheSameBudget() throws IOException {
        byte[] sample = sample("document-parsed-v1.json");
        DocumentParsed event = EventJson.read(sample, DocumentParsed.class);
        ParsedBudget version1 = EventJson.mapper().treeToValue(EventJson.mapper().readTree(sample).get("budget"),
                ParsedBudget.class);

        assertThat(event.schemaVersion()).isEqualTo(2);
        assertThat(event.asRead()).isEqualTo(version1);
        assertSameJson(sample("document-parsed.json"), event);
    }

    @Test
    void documentValidatedRoundTrips() throws IOException {
        byte[] sample = sample("document-validated.json");
        DocumentValidated event = EventJson.read(sample, DocumentValidated.class);

        assertThat(event.schemaVersion()).isEqualTo(2);
        assertThat(event.report().status()).isEqualTo(ValidationStatus.INVALID);
        assertThat(event.report().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.difference()).isEqualTo(new BigDecimal("1.00"));
            assertThat(finding.location().describe()).isEqualTo("T3 2080505 合计 L142");
        });
        assertThat(new String(sample, java.nio.charset.StandardCharsets.UTF_8))
                .as("the public event carries no reader's provenance").doesNotContain("placement", "titleLine");
        assertSameJson(sample, event);
    }

    @Test
    void aVersion1ValidatedEventReadsAsVersion2WithThePublishedBudget() throws IOException {
        byte[] sample = sample("document-validated-v1.json");
        DocumentValidated event = EventJson.read(sample, DocumentValidated.class);
        ParsedBudget version1 = EventJson.mapper().treeToValue(EventJson.mapper().readTree(sample).get("budget"),
                ParsedBudget.class);

        assertThat(event.schemaVersion()).isEqualTo(2);
        assertThat(event.budget()).isEqualTo(Publication.publish(version1));
        assertSameJson(sample("document-validated.json"), event);
    }

    @Test
    void documentFailedRoundTrips() throws IOException {
        byte[] sample = sample("document-failed.json");
        DocumentFailed event = EventJson.read(sample, DocumentFailed.class);

        assertThat(event.stage()).isEqualTo(DocumentFailed.Stage.PARSE);
        assertThat(event.reason()).contains("not a budget document");
        assertSameJson(sample, event);
    }

    @Test
    void budgetSummaryRoundTrips() throws IOException {
        byte[] sample = sample("budget-summary.json");
        budget.model.BudgetSummary summary = EventJson.read(sample, budget.model.BudgetSummary.class);

        assertThat(summary.budgetKey().id()).isEqualTo("上海市闵行区医疗保障局|DEPARTMENT|2025");
        assertThat(summary.nextKey().year()).isEqualTo(2026);
        assertThat(summary.figures().get("FISCAL_INCOME")).isEqualTo(new BigDecimal("304763448.00"));
        assertThat(summary.classFigure("2101301").orElseThrow().fiscal()).isEqualTo(new BigDecimal("34965856.50"));
        assertThat(summary.source().offset()).isEqualTo(1187L);
        assertSameJson(sample, summary);
    }

    @Test
    void amountsAreWrittenPlainNeverInExponentForm() {
        String json = EventJson.writeString(new budget.model.PrintedAmount("3亿", new BigDecimal("3.0E+8"), "元", 0));
        assertThat(json).contains("\"value\":300000000").doesNotContain("E+");
    }

    @Test
    void eventIdsAreStablePerDocumentAndType() {
        String first = DocumentFailed.of("doc", "a.txt", DocumentFailed.Stage.PARSE, "x", Instant.EPOCH).eventId();
        String again = DocumentFailed.of("doc", "a.txt", DocumentFailed.Stage.PARSE, "y", Instant.now()).eventId();
        String otherStage = DocumentFailed.of("doc", "a.txt", DocumentFailed.Stage.VALIDATE, "x", Instant.EPOCH).eventId();

        assertThat(again).isEqualTo(first);
        assertThat(otherStage).isNotEqualTo(first);
    }

    private static void assertSameJson(byte[] sample, Object event) {
        JsonNode expected = EventJson.mapper().readTree(sample);
        JsonNode actual = EventJson.mapper().readTree(EventJson.write(event));
        assertThat(actual).isEqualTo(expected);
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = EventJsonTests.class.getResourceAsStream("/events/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
