package budget.pipeline;

import budget.events.DocumentIds;
import budget.model.ParsedBudget;
import budget.model.validation.ValidationReport;
import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;
import budget.text.TextDecoding;
import budget.validator.BudgetValidator;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the parser and the validator say of one document, run directly on its bytes: the state the pipeline
 * must bring it to, whatever failed on the way.
 */
record Expected(String filename, String budgetId, String status, int errors, int warnings) {

    /** Document id → its expected end, for documents that are all budgets. */
    static Map<String, Expected> of(Map<String, byte[]> documents) {
        BudgetParser parser = new BudgetParser();
        BudgetValidator validator = new BudgetValidator();
        Map<String, Expected> expected = new LinkedHashMap<>();
        documents.forEach((filename, bytes) -> {
            ParseOutcome outcome = parser.parse(TextDecoding.decode(bytes).text());
            assertThat(outcome).as(filename).isInstanceOf(ParseOutcome.Parsed.class);
            ParsedBudget budget = ((ParseOutcome.Parsed) outcome).budget();
            ValidationReport report = validator.validate(budget);
            expected.put(DocumentIds.of(bytes), new Expected(filename, budget.metadata().key().id(),
                    report.status().name(), report.errors(), report.warnings()));
        });
        assertThat(expected).as("distinct documents").hasSize(documents.size());
        return expected;
    }

    /**
     * The status tracker holds each of these documents once, VALIDATED with the verdict the validator gives
     * it (other documents of the store are not looked at).
     */
    static void assertTrackedOnce(MongoDatabase db, Map<String, Expected> expected) {
        List<Document> documents = db.getCollection("documents").find(Filters.in("_id", expected.keySet())).into(new ArrayList<>());
        assertThat(documents.stream().map(d -> d.getString("_id")).toList()).as("tracked documents, each once")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Document document : documents) {
            Expected e = expected.get(document.getString("_id"));
            Document verdict = document.getEmbedded(List.of("stages", "validated"), Document.class);
            assertThat(document.getString("status")).as(e.filename()).isEqualTo("VALIDATED");
            assertThat(document.getString("budgetKey")).as(e.filename()).isEqualTo(e.budgetId());
            assertThat(verdict.getString("validationStatus")).as(e.filename()).isEqualTo(e.status());
            assertThat(verdict.getInteger("errors")).as(e.filename()).isEqualTo(e.errors());
            assertThat(verdict.getInteger("warnings")).as(e.filename()).isEqualTo(e.warnings());
        }
    }
}
