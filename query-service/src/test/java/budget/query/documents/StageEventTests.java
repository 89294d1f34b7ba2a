package budget.query.documents;

import budget.events.DocumentFailed;
import budget.events.DocumentParsed;
import budget.events.DocumentReceived;
import budget.events.EventJson;
import budget.events.StoredOriginal;
import budget.model.BudgetKind;
import budget.model.BudgetMetadata;
import budget.model.GovernmentLevel;
import budget.model.ParseDiagnostic;
import budget.model.ParsedBudget;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The status tracker reads only what it needs from each stage event, whatever else the event carries. */
class StageEventTests {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private static final DocumentReceived RECEIVED = DocumentReceived.text("d1", "a.txt", "GB18030", 1234,
            StoredOriginal.gridFs("originals", "d1"), T0);

    @Test
    void aReceivedEventGivesItsMediaTypeEncodingAndSize() {
        StageEvent event = StageEvent.read(EventJson.write(RECEIVED));

        assertThat(event.eventType()).isEqualTo(DocumentReceived.TYPE);
        assertThat(event.documentId()).isEqualTo("d1");
        assertThat(event.filename()).isEqualTo("a.txt");
        assertThat(event.mediaType()).isEqualTo("text/plain");
        assertThat(event.originalEncoding()).isEqualTo("GB18030");
        assertThat(event.sizeBytes()).isEqualTo(1234L);
        assertThat(event.pageCount()).isNull();
        assertThat(event.occurredAt()).isEqualTo(T0);
    }

    @Test
    void aReceivedPdfGivesItsPages() {
        DocumentReceived pdf = DocumentReceived.pdf("d3", "b.pdf", 185325, 21, StoredOriginal.gridFs("originals", "d3"), T0);

        StageEvent event = StageEvent.read(EventJson.write(pdf));

        assertThat(event.mediaType()).isEqualTo("application/pdf");
        assertThat(event.pageCount()).isEqualTo(21);
        assertThat(event.originalEncoding()).isNull();
        assertThat(event.sizeBytes()).isEqualTo(185325L);
    }

    @Test
    void aParsedEventGivesItsBudgetKey() {
        BudgetMetadata metadata = new BudgetMetadata("闵行区医疗保障局", "上海市闵行区医疗保障局", null, true,
                BudgetKind.DEPARTMENT, GovernmentLevel.DISTRICT, "上海市闵行区", 2026, List.of(), 3);
        ParsedBudget budget = new ParsedBudget(metadata, List.of(), List.of(),
                List.of(new ParseDiagnostic(12, 3, "x", "unreadable row", ParseDiagnostic.Scope.ROW), new ParseDiagnostic(40, null, "y", "stray line", ParseDiagnostic.Scope.NOTE)));
        DocumentParsed parsed = DocumentParsed.of(RECEIVED, budget, T0.plusSeconds(1));

        StageEvent event = StageEvent.read(EventJson.write(parsed));

        assertThat(event.eventType()).isEqualTo(DocumentParsed.TYPE);
        assertThat(event.documentId()).isEqualTo("d1");
        assertThat(event.occurredAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(event.budgetKey()).isEqualTo(metadata.key());
        assertThat(event.sizeBytes()).as("not on a parsed event").isNull();
    }

    @Test
    void fieldsAreFoundInAnyOrderAndMalformedInputIsRefused() {
        String reordered = "{\"sizeBytes\":7,\"original\":{\"store\":\"gridfs\"},\"filename\":\"b.txt\","
                + "\"originalEncoding\":\"UTF-8\",\"documentId\":\"d2\",\"occurredAt\":\"2026-11-22T08:00:00Z\","
                + "\"eventType\":\"DocumentReceived\"}";

        StageEvent event = StageEvent.read(reordered.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(event.filename()).isEqualTo("b.txt");
        assertThat(event.sizeBytes()).isEqualTo(7L);
        assertThatThrownBy(() -> StageEvent.read("{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(tools.jackson.core.JacksonException.class);
        assertThatThrownBy(() -> StageEvent.read("[1]".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(tools.jackson.core.JacksonException.class);
    }

    @Test
    void aFailedEventGivesItsStageAndReason() {
        DocumentFailed failed = DocumentFailed.of("d1", "a.txt", DocumentFailed.Stage.PARSE, "not a budget document: no tables",
                T0.plusSeconds(1));

        StageEvent event = StageEvent.read(EventJson.write(failed));

        assertThat(event.stage()).isEqualTo("PARSE");
        assertThat(event.reason()).isEqualTo("not a budget document: no tables");
    }
}
