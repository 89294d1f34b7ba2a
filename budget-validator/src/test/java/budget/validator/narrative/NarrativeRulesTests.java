package budget.validator.narrative;

import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.ParsedBudget;
import budget.model.PrintedAmount;
import budget.model.SummaryItem.Side;
import budget.model.validation.Severity;
import budget.model.validation.ValidationFinding;
import budget.model.validation.ValidationReport;
import budget.validator.BudgetValidator;
import budget.validator.testing.BudgetFixture;
import budget.validator.testing.Edits;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NarrativeRulesTests {

    private final BudgetValidator validator = new BudgetValidator();
    private final ParsedBudget base = BudgetFixture.consistent();

    @Test
    void aTruncatedFigureIsANoteNamingTheRuleItWouldHaveBroken() {
        ValidationReport report = validator.validate(
                Edits.fact(base, FactKind.SUBJECT_ITEM, "其他医疗救助支出", "23998.62"));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("PRECISION.WITHIN_ONE_UNIT");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().code()).isEqualTo("2101399");
            assertThat(f.location().item()).isEqualTo("其他医疗救助支出");
            assertThat(f.location().lines()).startsWith(79);
            assertThat(f.expected()).isEqualByComparingTo("23998.62675");
            assertThat(f.actual()).isEqualByComparingTo("23998.62");
            assertThat(f.difference()).isEqualByComparingTo("-0.00675");
            assertThat(f.unit()).isEqualTo("万元");
            assertThat(f.messageEn()).contains("NARRATIVE.SUBJECT_ITEM");
        });
    }

    @Test
    void aSubjectStatedWithItsNonFiscalIncomeIsAWarningThatSaysSo() {
        ValidationReport report = validator.validate(
                Edits.fact(base, FactKind.SUBJECT_ITEM, "其他医疗救助支出", "24001.63"));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("NARRATIVE.SUBJECT_ITEM");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.expected()).isEqualByComparingTo("23998.62675");
            assertThat(f.actual()).isEqualByComparingTo("24001.63");
            assertThat(f.messageEn()).contains("table 3's all-funds 合计 of 24,001.62675");
        });
    }

    @Test
    void aShorterSubjectNameAndALevelMarkerStillFindTheirRow() {
        ParsedBudget shortName = Edits.factLabel(base, FactKind.SUBJECT_ITEM, "其他医疗救助支出", "其他医疗救助");
        assertThat(validator.validate(shortName).findings()).isEmpty();

        ParsedBudget wrongClass = Edits.fact(base, FactKind.SUBJECT_ITEM, "卫生健康支出（类）", "27,800.00");
        assertThat(validator.validate(wrongClass).findings()).singleElement()
                .satisfies(f -> assertThat(f.location().code()).isEqualTo("210"));
    }

    @Test
    void aRepeatedParagraphIsReportedOnceAtItsFirstLine() {
        ParsedBudget broken = Edits.fact(base, FactKind.INCOME_TOTAL, null, "28000.00");
        ParsedBudget repeated = Edits.addFact(broken, new NarrativeFact(FactKind.INCOME_TOTAL, "收入预算",
                PrintedAmount.of("28000.00", "万元"), null, null, 128));

        assertThat(validator.validate(repeated).findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("NARRATIVE.STATED_TOTAL");
            assertThat(f.location().lines()).startsWith(74);
            assertThat(f.expected()).isEqualByComparingTo("28235.6734");
        });
    }

    @Test
    void statedTotalsFallBackToTheDetailTablesWhenTable1IsMissing() {
        ParsedBudget noTable1 = Edits.withoutTable(Edits.fact(base, FactKind.EXPENSE_TOTAL, null, "28000"), 1);

        assertThat(validator.validate(noTable1).findings()).filteredOn(f -> f.ruleId().startsWith("NARRATIVE"))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("NARRATIVE.STATED_TOTAL");
                    assertThat(f.expected()).isEqualByComparingTo("28235.6734");
                    assertThat(f.messageEn()).contains("table 3's 合计");
                });
    }

    @Test
    void aProjectCloseToItsLineButNotEqualIsAWarning() {
        ValidationReport report = validator.validate(
                Edits.fact(base, FactKind.PROJECT_ANNUAL_BUDGET, "医疗救助经费", "3495.66"));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("NARRATIVE.PROJECT_BUDGET");
            assertThat(f.location().code()).isEqualTo("2101301");
            assertThat(f.location().item()).isEqualTo("医疗救助经费");
            assertThat(f.expected()).isEqualByComparingTo("3496.58565");
            assertThat(f.actual()).isEqualByComparingTo("3495.66");
        });
    }

    @Test
    void aProjectPrintedAsATruncatedIntegerIsANoteAndOneFarFromEveryLineIsNothing() {
        assertThat(validator.validate(Edits.fact(base, FactKind.PROJECT_ANNUAL_BUDGET, "医疗救助经费", "3496")).findings())
                .extracting(ValidationFinding::ruleId).containsExactly("PRECISION.WITHIN_ONE_UNIT");
        assertThat(validator.validate(Edits.fact(base, FactKind.PROJECT_ANNUAL_BUDGET, "医疗救助经费", "1200")).findings())
                .isEmpty();
    }

    @Test
    void aPerformanceFormInYuanIsComparedInYuan() {
        ValidationReport report = validator.validate(
                Edits.fact(base, FactKind.PERFORMANCE_FORM_AMOUNT, "医疗救助", "34,965,000.00", "元"));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("NARRATIVE.PROJECT_BUDGET");
            assertThat(f.unit()).isEqualTo("元");
            assertThat(f.expected()).isEqualByComparingTo("34965856.50");
            assertThat(f.difference()).isEqualByComparingTo("-856.50");
        });
    }

    @Test
    void threePublicFiguresCompareAtTheNarrativesPrecision() {
        ParsedBudget halfPrinted = Edits.fact(Edits.cell(Edits.cell(base, "reception", "0.50"), "total", "5.50"),
                FactKind.THREE_PUBLIC_RECEPTION, null, "0.5");
        assertThat(validator.validate(halfPrinted).findings()).extracting(ValidationFinding::ruleId)
                .doesNotContain("NARRATIVE.THREE_PUBLIC");

        ParsedBudget wrongTotal = Edits.fact(base, FactKind.THREE_PUBLIC_TOTAL, null, "8");
        assertThat(validator.validate(wrongTotal).findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("NARRATIVE.THREE_PUBLIC");
            assertThat(f.expected()).isEqualByComparingTo("6");
            assertThat(f.actual()).isEqualByComparingTo("8");
        });
    }

    @Test
    void procurementPartsMayMissTheTotalByTheirRounding() {
        ParsedBudget rounded = Edits.fact(base, FactKind.PROCUREMENT_GOODS, null, "1.71");
        assertThat(validator.validate(rounded).findings()).extracting(ValidationFinding::ruleId)
                .containsExactly("PRECISION.WITHIN_ONE_UNIT");
        ParsedBudget noWorks = Edits.withoutFacts(base, f -> f.kind() == FactKind.PROCUREMENT_WORKS);
        assertThat(validator.validate(noWorks).findings()).isEmpty();
    }

    @Test
    void factsWithoutAmountsOrWithOtherUnitsAreIgnored() {
        ParsedBudget odd = Edits.addFact(Edits.addFact(base,
                        new NarrativeFact(FactKind.VEHICLE_COUNT, "车辆", PrintedAmount.of("6", "辆"), null, null, 950)),
                new NarrativeFact(FactKind.INCOME_TOTAL, "收入预算", null, null, null, 75));

        assertThat(validator.validate(odd).findings()).isEmpty();
    }

    @Test
    void theIncomeItemsOfTable1FeedTheStatedIncomes() {
        ParsedBudget budget = Edits.itemAmount(base, 1, Side.INCOME, "其他收入", "预算数", "40000.00");

        assertThat(validator.validate(budget).findings()).extracting(ValidationFinding::ruleId)
                .contains("NARRATIVE.STATED_TOTAL").filteredOn(id -> id.startsWith("NARRATIVE")).hasSize(1);
    }

    static List<String> ids(ValidationReport report) {
        return report.findings().stream().map(ValidationFinding::ruleId).toList();
    }
}
