package budget.validator.engine;

import budget.model.BudgetMetadata;
import budget.model.BudgetSummary;
import budget.model.BudgetTable;
import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.ParseDiagnostic;
import budget.model.ParsedBudget;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One validation run's view of a budget: the tables as code trees and summary tables, built once and shared by
 * every rule family of the run. Not thread-safe; each run makes its own.
 */
public final class BudgetView {

    private final ParsedBudget budget;
    private final Map<Integer, CodeTree> codeTrees = new HashMap<>();
    private final Map<Integer, SummaryTable> summaries = new HashMap<>();
    private ThreePublicTable threePublic;
    private SubjectLookup subjects;
    private final BudgetSummary previous;

    public BudgetView(ParsedBudget budget) {
        this(budget, null);
    }

    /** @param previous the previous year's budget of the same department and kind, or null when not known */
    public BudgetView(ParsedBudget budget, BudgetSummary previous) {
        this.budget = budget;
        this.previous = previous;
    }

    /** The previous year's budget of the same department and kind, when known. */
    public Optional<BudgetSummary> previous() {
        return Optional.ofNullable(previous);
    }

    public ParsedBudget budget() {
        return budget;
    }

    /** Table 2, 3, 5, 6, 7 or 8. */
    public CodeTree codeTree(int table) {
        return codeTrees.computeIfAbsent(table, n -> CodeTree.of(budget.table(n)));
    }

    /** Table 1 or 4. */
    public SummaryTable summary(int table) {
        return summaries.computeIfAbsent(table, n -> SummaryTable.of(budget.table(n)));
    }

    public ThreePublicTable threePublic() {
        if (threePublic == null) {
            threePublic = ThreePublicTable.of(budget.table(9));
        }
        return threePublic;
    }

    /** The narrative subjects' codes ({@link SubjectLookup}), made once for the rule families that look them up. */
    public SubjectLookup subjects() {
        if (subjects == null) {
            subjects = SubjectLookup.of(this);
        }
        return subjects;
    }

    public BudgetTable table(int number) {
        return budget.table(number);
    }

    public BudgetMetadata metadata() {
        return budget.metadata();
    }

    public List<NarrativeFact> facts() {
        return budget.facts();
    }

    public List<NarrativeFact> facts(FactKind kind) {
        return budget.facts(kind);
    }

    public List<ParseDiagnostic> diagnostics() {
        return budget.diagnostics();
    }
}
