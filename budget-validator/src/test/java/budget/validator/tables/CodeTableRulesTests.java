package budget.validator.tables;

import budget.model.BudgetTable;
import budget.model.ParsedBudget;
import budget.model.validation.ValidationFinding;
import budget.model.validation.ValidationReport;
import budget.validator.BudgetValidator;
import budget.validator.testing.BudgetFixture;
import budget.validator.testing.Edits;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static budget.model.TableType.Columns.PROJECT;
import static budget.model.TableType.Columns.TOTAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CodeTableRulesTests {

    private final BudgetValidator validator = new BudgetValidator();

    @Test
    void aWrongCellIsReportedOnceAtEachIdentityItBreaksAndNotEchoedUpTheTree() {
        ParsedBudget budget = Edits.addToRow(BudgetFixture.consistent(), 3, "2101501", "1", TOTAL);

        ValidationReport report = validator.validate(budget);

        assertThat(report.findings())
                .extracting(ValidationFinding::ruleId, f -> f.location().table(), f -> f.location().code(),
                        f -> f.location().column(), f -> plain(f.expected()), f -> plain(f.actual()))
                .containsExactly(
                        tuple("T3.TREE.PARENT_EQ_SUM_CHILDREN", 3, "21015", TOTAL, "3754233.00", "3754232.00"),
                        tuple("CROSS.T2_T3.TOTAL_PER_CODE", 3, "2101501", TOTAL, "2920332.00", "2920333.00"),
                        tuple("CROSS.T3_FUNDS.PER_CODE", 3, "2101501", TOTAL, "2920332.00", "2920333.00"),
                        tuple("T3.ROW.TOTAL_EQ_BASIC_PLUS_PROJECT", 3, "2101501", TOTAL, "2920332.00", "2920333.00"));
        assertThat(report.findings().get(0).difference()).isEqualByComparingTo("-1");
        assertThat(report.findings().get(0).location().lines()).containsExactly(313, 314, 315);
        assertThat(report.findings().get(0).messageZh()).contains("款 21015（医疗保障管理事务）", "「合计」",
                "3,754,232.00", "3,754,233.00");
        assertThat(report.findings().get(0).messageEn()).contains("款 21015 (医疗保障管理事务)", "column 合计",
                "difference -1.00 yuan");
    }

    @Test
    void aRowWhoseParentIsNotPrintedHangsUnderItsNearestAncestor() {
        ParsedBudget budget = Edits.withoutRow(BudgetFixture.consistent(), 3, "21015");

        ValidationReport report = validator.validate(budget);

        // 类 210 still equals its printed descendants; what is wrong is the missing 款 itself
        assertThat(report.findings()).extracting(ValidationFinding::ruleId, f -> f.location().table(),
                        f -> f.location().code())
                .containsExactlyInAnyOrder(
                        tuple("CROSS.T2_T3.SAME_CODES", 3, "21015"),
                        tuple("CROSS.T3_FUNDS.PER_CODE", 3, "21015"));
    }

    @Test
    void aCodePrintedTwiceIsReportedOnceAndSummedOnce() {
        ParsedBudget base = BudgetFixture.consistent();
        ParsedBudget budget = Edits.addRow(base, 5, base.table(5).rows().get(6));

        ValidationReport report = validator.validate(budget);

        assertThat(report.findings()).extracting(ValidationFinding::ruleId, f -> f.location().code())
                .containsExactly(tuple("TABLE.DUPLICATE_CODE", "2101301"));
    }

    @Test
    void theTotalRowIsCheckedAgainstTheClassesAndAgainstItsOwnColumns() {
        ParsedBudget budget = Edits.addToTotal(BudgetFixture.consistent(), 6, "5", TOTAL);

        ValidationReport report = validator.validate(budget);

        assertThat(report.findings()).extracting(ValidationFinding::ruleId, f -> f.location().item(),
                        f -> plain(f.expected()), f -> plain(f.actual()))
                .contains(
                        tuple("T6.TOTAL.EQ_SUM_CLASSES", "合计", "500000.00", "500005.00"),
                        tuple("T6.ROW.TOTAL_EQ_BASIC_PLUS_PROJECT", "合计", "500000.00", "500005.00"));
    }

    @Test
    void blankCellsAreZeroAndATableWithoutATotalRowIsStillCheckedAcrossTables() {
        ParsedBudget noTotals = Edits.table(BudgetFixture.consistent(), 5, t -> new BudgetTable(t.number(),
                t.title(), t.status(), t.note(), t.preparedBy(), t.headerYear(), t.unit(), t.columns(), t.rows(), null,
                null, t.items(), t.cells(), t.lines()));

        assertThat(validator.validate(noTotals).findings()).isEmpty();
        // without a printed 合计 row the 类 rows stand for it, so only the 款 and the per-code identity break
        assertThat(validator.validate(Edits.addToRow(noTotals, 5, "2101504", "3", TOTAL, PROJECT)).findings())
                .extracting(ValidationFinding::ruleId, f -> f.location().code(), f -> f.location().column())
                .containsExactly(
                        tuple("CROSS.T3_FUNDS.PER_CODE", "2101504", TOTAL),
                        tuple("T5.TREE.PARENT_EQ_SUM_CHILDREN", "21015", TOTAL),
                        tuple("T5.TREE.PARENT_EQ_SUM_CHILDREN", "21015", PROJECT));
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
