package budget.validator.crossyear;

import budget.model.BudgetSummary;
import budget.model.ParsedBudget;
import budget.model.YearOnYear;
import budget.model.validation.ValidationFinding;
import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;
import budget.validator.BudgetValidator;
import budget.validator.testing.YearVariants;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A budget against the previous year's budget of its department and kind, with the years made from one sample
 * (see {@link YearVariants}: the same tables in both years, so the true change is nil).
 */
class CrossYearRulesTests {

    private static final BudgetValidator VALIDATOR = new BudgetValidator();

    private static ParsedBudget parse(String text) {
        return ((ParseOutcome.Parsed) new BudgetParser().parse(text)).budget();
    }

    private static BudgetSummary summary(ParsedBudget budget) {
        return BudgetSummaries.of(budget, "document-" + budget.metadata().year(), Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static List<ValidationFinding> crossYear(ParsedBudget budget, BudgetSummary previous) {
        return VALIDATOR.validate(budget, previous).findings().stream()
                .filter(f -> f.ruleId().startsWith("CROSSYEAR.")).toList();
    }

    @Test
    void statedChangesThatTheStoredPreviousYearBearsOutSayNothing() {
        BudgetSummary previous = summary(parse(YearVariants.of(2025)));
        assertThat(crossYear(parse(YearVariants.of(2026)), previous)).isEmpty();
    }

    @Test
    void aStatedChangeOneWanYuanOffIsAFindingForEachFigureItIsStatedFor() {
        BudgetSummary previous = summary(parse(YearVariants.of(2025)));
        List<ValidationFinding> findings = crossYear(parse(YearVariants.of(2026, "比2025年预算增加1万元")), previous);
        assertThat(findings).extracting(f -> f.ruleId() + " " + f.location().item()).containsExactly(
                "CROSSYEAR.STATED_CHANGE 财政拨款收入",
                "CROSSYEAR.STATED_CHANGE 一般公共预算拨款支出预算",
                "CROSSYEAR.STATED_CHANGE 财政拨款支出预算");
        assertThat(findings.get(0).expected()).isEqualByComparingTo("0");
        assertThat(findings.get(0).actual()).isEqualByComparingTo("1");
        assertThat(findings.get(0).location().lines()).containsExactly(74);
    }

    @Test
    void aPercentageIsHeldAgainstThePreviousYearToo() {
        BudgetSummary previous = summary(parse(YearVariants.of(2025)));
        assertThat(crossYear(parse(YearVariants.of(2026, "比2025年预算增长0.5%")), previous)).hasSize(3);
        assertThat(crossYear(parse(YearVariants.of(2026, "比2025年预算增长0%")), previous)).isEmpty();
    }

    @Test
    void onlyTheYearBeforeOfTheSameDepartmentAndKindCounts() {
        ParsedBudget altered = parse(YearVariants.of(2026, "比2025年预算增加1万元"));
        assertThat(crossYear(altered, summary(parse(YearVariants.of(2024))))).isEmpty();
        assertThat(crossYear(altered, null)).isEmpty();
    }

    @Test
    void theChangePerClassAndInTotal() {
        ParsedBudget budget = parse(YearVariants.of(2026));
        YearOnYear change = YearOnYears.of(summary(budget), summary(parse(YearVariants.of(2025))));
        assertThat(change.previousYear()).isEqualTo(2025);
        assertThat(change.previousDocumentId()).isEqualTo("document-2025");
        assertThat(change.classes()).extracting(YearOnYear.FigureChange::item).containsExactly("208", "210", "221");
        assertThat(change.totals()).filteredOn(t -> t.item().equals("INCOME_TOTAL")).singleElement()
                .satisfies(t -> {
                    assertThat(t.current()).isEqualByComparingTo("304763448.00");
                    assertThat(t.change()).isEqualByComparingTo(BigDecimal.ZERO);
                    assertThat(t.percent()).isEqualByComparingTo("0");
                });
    }
}
