package budget.events.reading;

import budget.model.ParseDiagnostic;
import budget.model.ProseMark;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * How the reader read a budget: where each figure of the published budget stands in the source, how sure it is
 * of the column of each amount, what it could not read and the writing slips it saw. It travels beside the
 * published budget from parse-service to validate-service, which needs it to locate findings and to decide
 * whether a broken identity is the document's error or a doubt of the reader's; it is not part of the validated
 * event or the read model. Its lists follow the published budget's, one entry per table, row, item, cell and fact.
 *
 * @param titleLine the 1-based source line of the title
 */
public record BudgetReading(
        @JsonProperty("titleLine") int titleLine,
        @JsonProperty("tables") List<TableReading> tables,
        @JsonProperty("facts") List<SourcePlace> facts,
        @JsonProperty("diagnostics") List<ParseDiagnostic> diagnostics,
        @JsonProperty("marks") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProseMark> marks) {

    public BudgetReading {
        tables = tables == null ? List.of() : List.copyOf(tables);
        facts = facts == null ? List.of() : List.copyOf(facts);
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
        marks = marks == null ? List.of() : List.copyOf(marks);
    }
}
