package budget.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from one budget document: metadata, the nine tables (always nine, in order, each
 * present, empty or missing), the figures stated in the narrative, what could not be read, and the writing
 * slips the prose shows.
 */
public record ParsedBudget(
        @JsonProperty("metadata") BudgetMetadata metadata,
        @JsonProperty("tables") List<BudgetTable> tables,
        @JsonProperty("facts") List<NarrativeFact> facts,
        @JsonProperty("diagnostics") List<ParseDiagnostic> diagnostics,
        @JsonProperty("marks") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProseMark> marks) {

    public ParsedBudget {
        tables = tables == null ? List.of() : List.copyOf(tables);
        facts = facts == null ? List.of() : List.copyOf(facts);
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    /** A budget whose prose shows no writing slips (or was not looked at for them). */
    public ParsedBudget(BudgetMetadata metadata, List<BudgetTable> tables, List<NarrativeFact> facts,
                        List<ParseDiagnostic> diagnostics) {
        this(metadata, tables, facts, diagnostics, List.of());
    }

    public BudgetTable table(int number) {
        return tables.stream().filter(t -> t.number() == number).findFirst()
                .orElseGet(() -> BudgetTable.missing(number));
    }

    public Optional<NarrativeFact> fact(FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).findFirst();
    }

    public List<NarrativeFact> facts(FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).toList();
    }
}
