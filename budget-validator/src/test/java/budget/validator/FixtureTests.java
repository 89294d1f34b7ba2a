package budget.validator;

import budget.model.ParsedBudget;
import budget.model.validation.ValidationReport;
import budget.model.validation.ValidationStatus;
import budget.validator.testing.BudgetFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-built budget every rule test starts from is consistent: the validator has nothing to say about it. */
class FixtureTests {

    private static final int CROSS_YEAR = new budget.validator.crossyear.CrossYearRules().rules().size();

    @Test
    void theConsistentFixtureHasNoFindingsAndRunsEveryRule() {
        ParsedBudget budget = BudgetFixture.consistent();

        ValidationReport report = new BudgetValidator().validate(budget);

        assertThat(report.findings()).isEmpty();
        assertThat(report.status()).isEqualTo(ValidationStatus.VALID);
        // every rule ran, except: the failure report, the tolerance note (nothing to tolerate), table 7's
        // 合计 = Σ类 (the empty table 7 prints no 合计 row), the four rules of a unit budget's split table 1 and the
        // cross-year rules (no previous year is given)
        assertThat(report.rulesChecked()).isEqualTo(BudgetValidator.catalogue().size() - 3
                - new budget.validator.tables.ExpenseSplitRules().rules().size() - CROSS_YEAR);
    }

    @Test
    void theSameBudgetAsAUnitBudgetPrintsItIsConsistentToo() {
        ValidationReport report = new BudgetValidator().validate(BudgetFixture.unitBudget());

        assertThat(report.findings()).isEmpty();
        assertThat(report.rulesChecked()).isEqualTo(BudgetValidator.catalogue().size() - 3 - CROSS_YEAR);
    }
}
