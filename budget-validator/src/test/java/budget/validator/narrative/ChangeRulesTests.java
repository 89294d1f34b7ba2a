package budget.validator.narrative;

import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.ParsedBudget;
import budget.model.PrintedAmount;
import budget.model.validation.ValidationFinding;
import budget.validator.BudgetValidator;
import budget.validator.testing.BudgetFixture;
import budget.validator.testing.Edits;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stated changes against their own figures, in the 司法局 budgets' sentences (putuo-justice-bureau-2026-dept and
 * -unit, the explanation's numbered items): the reviewer's findings and the ones their figures imply.
 */
class ChangeRulesTests {

    private static final BudgetValidator VALIDATOR = new BudgetValidator();
    private static final String SUBJECT = "住房保障支出（221类）住房改革支出（02款）购房补贴（03项）";

    /** An item printing {@code item} 万元 and its sentence: 执行数为 previous, 预算安排 current, the change. */
    private static ParsedBudget item(String item, String previous, String current, String percent) {
        ParsedBudget budget = Edits.addFact(BudgetFixture.consistent(), new NarrativeFact(FactKind.SUBJECT_ITEM, SUBJECT,
                PrintedAmount.of(item, "万元"), null, null, 93));
        return Edits.addFact(budget, statement(previous, current, null, percent));
    }

    private static NarrativeFact statement(String previous, String current, String change, String percent) {
        return new NarrativeFact(FactKind.STATED_CHANGE, SUBJECT, PrintedAmount.of(current, "万元"),
                change == null ? null : PrintedAmount.of(change, "万元"), 2025, 94, null,
                previous == null ? null : PrintedAmount.of(previous, "万元"),
                percent == null ? null : PrintedAmount.of(percent, "%"), NarrativeFact.ComparisonBasis.EXECUTION);
    }

    private static List<String> rules(ParsedBudget budget) {
        return VALIDATOR.validate(budget).findings().stream().map(ValidationFinding::ruleId)
                .filter(id -> id.startsWith("NARRATIVE.CHANGE") || id.startsWith("NARRATIVE.RESTATED")
                        || id.startsWith("PRECISION"))
                .toList();
    }

    private static ValidationFinding only(ParsedBudget budget, String rule) {
        List<ValidationFinding> found = VALIDATOR.validate(budget).findings().stream()
                .filter(f -> f.ruleId().equals(rule)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aPercentageThatDoesNotFollowFromItsFigures() {
        // unit item 1: 1690.69 → 1434.89 is −15.13 %, stated 减少1.10%
        ParsedBudget budget = item("1434.89", "1690.69", "1434.89", "-1.10");
        assertThat(rules(budget)).containsExactly("NARRATIVE.CHANGE_PERCENT");
        ValidationFinding finding = only(budget, "NARRATIVE.CHANGE_PERCENT");
        assertThat(finding.expected()).isEqualByComparingTo("-15.13");
        assertThat(finding.actual()).isEqualByComparingTo("-1.10");
        assertThat(finding.location().lines()).containsExactly(94);
    }

    @Test
    void aPercentageCopiedFromTheItemBefore() {
        // department item 9: 77.99 → 91.97 is +17.93 %, stated 17.66 % as item 8 states it
        assertThat(rules(item("91.97", "77.99", "91.97", "17.66"))).containsExactly("NARRATIVE.CHANGE_PERCENT");
    }

    @Test
    void anIncreaseStatedForAFall() {
        // department item 6: 43269.3 → 3845.49 is a fall, stated 增加17.62% (which 3269.3 would give)
        ParsedBudget budget = item("3845.49", "43269.3", "3845.49", "17.62");
        assertThat(rules(budget)).containsExactly("NARRATIVE.CHANGE_DIRECTION");
        assertThat(only(budget, "NARRATIVE.CHANGE_DIRECTION").messageEn()).contains("-91.11").contains("3,269.42");
    }

    @Test
    void aRestatedFigureThatIsNotTheItemsOwn() {
        // department item 12: the item prints 208.8, its sentence 预算安排201.50; 5.27 % follows from 208.8
        ParsedBudget budget = item("208.8", "198.34", "201.50", "5.27");
        assertThat(rules(budget)).containsExactly("NARRATIVE.RESTATED_AMOUNT");
        assertThat(only(budget, "NARRATIVE.RESTATED_AMOUNT").messageEn()).contains("follows from the item's 208.8");
        // unit item 13: 207 printed, 预算安排170.03, 增加21.74% from 241.76: neither figure gives an increase
        assertThat(rules(item("207", "241.76", "170.03", "21.74")))
                .containsExactlyInAnyOrder("NARRATIVE.RESTATED_AMOUNT", "NARRATIVE.CHANGE_DIRECTION");
    }

    @Test
    void withinThePrintedPrecisionNothingIsWrong() {
        // unit item 10: 0.50 → 0.62 is +24 % as printed, but 0.50 may stand for anything from 0.49 to 0.51
        assertThat(rules(item("0.62", "0.50", "0.62", "22.22"))).containsExactly("PRECISION.WITHIN_ONE_UNIT");
        // department item 1: −1.0658 % printed 1.07
        assertThat(rules(item("1672.67", "1690.69", "1672.67", "-1.07"))).isEmpty();
        // a new item from 0 stated as 100 %
        assertThat(rules(item("227.88", "0", "227.88", "100"))).isEmpty();
    }

    @Test
    void unchangedFiguresStatedAsUnchangedAndChangedOnesNot() {
        ParsedBudget same = Edits.addFact(BudgetFixture.consistent(), statement("243.36", "243.36", "0", null));
        assertThat(rules(same)).isEmpty();
        ParsedBudget changed = Edits.addFact(BudgetFixture.consistent(), statement("241.76", "243.36", "0", null));
        assertThat(rules(changed)).containsExactly("NARRATIVE.CHANGE_DIRECTION");
    }

    @Test
    void aChangeInAmountAndItsPercentageWithoutThePreviousFigure() {
        // songjiang-medical-security-2026 line 73: 5262.59万元，比2025年预算减少1364.7万元，减少20.59% (of 6627.29)
        NarrativeFact fiscal = new NarrativeFact(FactKind.FISCAL_EXPENSE, "财政拨款支出预算", PrintedAmount.of("28232.67", "万元"),
                PrintedAmount.of("-1364.7", "万元"), 2025, 76, null, null, PrintedAmount.of("-4.61", "%"),
                NarrativeFact.ComparisonBasis.BUDGET);
        ParsedBudget right = Edits.withoutFacts(BudgetFixture.consistent(), f -> f.kind() == FactKind.FISCAL_EXPENSE);
        assertThat(rules(Edits.addFact(right, fiscal))).isEmpty();
        NarrativeFact wrong = new NarrativeFact(fiscal.kind(), fiscal.label(), fiscal.amount(), fiscal.change(), 2025, 76,
                null, null, PrintedAmount.of("-20.59", "%"), NarrativeFact.ComparisonBasis.BUDGET);
        assertThat(rules(Edits.addFact(right, wrong))).containsExactly("NARRATIVE.CHANGE_PERCENT");
    }
}
