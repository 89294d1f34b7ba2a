package budget.validator.engine;

import budget.model.ParseDiagnostic;
import budget.model.ParsedBudget;
import budget.model.RowPlacement;
import budget.model.validation.Severity;
import budget.model.validation.ValidationFinding;
import budget.model.validation.ValidationReport;
import budget.model.validation.ValidationStatus;
import budget.validator.BudgetValidator;
import budget.validator.testing.BudgetFixture;
import budget.validator.testing.Edits;
import org.junit.jupiter.api.Test;

import java.util.List;

import static budget.model.TableType.Columns.BASIC;
import static budget.model.TableType.Columns.TOTAL;
import static org.assertj.core.api.Assertions.assertThat;

/** Certainty decides severity: arithmetic that fails on figures the reader guessed is the reader's doubt. */
class ReadingDoubtsTests {

    private static final BudgetValidator VALIDATOR = new BudgetValidator();
    /** One yuan moved out of 行政运行's 基本支出: its parent and its own row identity no longer hold. */
    private static final ParsedBudget ONE_YUAN_OFF =
            Edits.addToRow(BudgetFixture.consistent(), 3, "2101501", "1", TOTAL, BASIC);

    @Test
    void aOneYuanSlipInRowsReadForCertainStaysAnError() {
        ValidationReport report = VALIDATOR.validate(ONE_YUAN_OFF);

        assertThat(report.status()).isEqualTo(ValidationStatus.INVALID);
        assertThat(report.findings()).extracting(ValidationFinding::ruleId).contains("T3.TREE.PARENT_EQ_SUM_CHILDREN")
                .doesNotContain(ReadingDoubts.UNCERTAIN_IDENTITY.id());
    }

    @Test
    void theSameSlipInARowWhoseColumnsWereGuessedIsTheReadersDoubtNamedOnce() {
        ParsedBudget guessed = Edits.rowPlacement(ONE_YUAN_OFF, 3, "2101501", RowPlacement.AMBIGUOUS);

        ValidationReport report = VALIDATOR.validate(guessed);

        assertThat(report.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        List<ValidationFinding> doubts = report.findings().stream()
                .filter(f -> f.ruleId().equals(ReadingDoubts.UNCERTAIN_IDENTITY.id())).toList();
        assertThat(doubts).hasSize(1);
        ValidationFinding doubt = doubts.get(0);
        assertThat(doubt.severity()).isEqualTo(Severity.WARNING);
        assertThat(doubt.location().table()).isEqualTo(3);
        assertThat(doubt.location().code()).isEqualTo("2101501");
        assertThat(doubt.messageEn()).contains("T3.TREE.PARENT_EQ_SUM_CHILDREN").contains("not certain");
        assertThat(report.findings()).extracting(ValidationFinding::ruleId).contains("PARSE.AMBIGUOUS_PLACEMENT");
    }

    @Test
    void aRowPlacedByTheOnlyReadingTheIdentitiesAllowCountsAsCertain() {
        ParsedBudget placed = Edits.rowPlacement(ONE_YUAN_OFF, 3, "2101501", RowPlacement.IDENTITY);

        assertThat(VALIDATOR.validate(placed).status()).isEqualTo(ValidationStatus.INVALID);
    }

    @Test
    void aLineOfTheTableThatWasNotReadPutsTheTablesSumsInDoubt() {
        int line = BudgetFixture.consistent().table(3).lines().from() + 1;
        ParsedBudget lost = Edits.diagnostics(ONE_YUAN_OFF, List.of(new ParseDiagnostic(line, 3, "210 15 ?? 1,000",
                "line with numbers inside the table that is not a row of this table", ParseDiagnostic.Scope.TABLE)));

        ValidationReport report = VALIDATOR.validate(lost);

        assertThat(report.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(report.findings()).extracting(ValidationFinding::ruleId)
                .contains(ReadingDoubts.UNCERTAIN_IDENTITY.id(), "PARSE.UNREAD_LINE");
    }

    @Test
    void aNoteAboutTheTableLeavesItsArithmeticCertain() {
        int line = BudgetFixture.consistent().table(3).lines().from() + 1;
        ParsedBudget noted = Edits.diagnostics(ONE_YUAN_OFF, List.of(new ParseDiagnostic(line, 3, "说明，……",
                "narrative text inside the table region, not read as a row", ParseDiagnostic.Scope.NOTE)));

        assertThat(VALIDATOR.validate(noted).status()).isEqualTo(ValidationStatus.INVALID);
    }
}
