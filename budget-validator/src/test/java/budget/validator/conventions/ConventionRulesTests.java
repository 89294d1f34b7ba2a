package budget.validator.conventions;

import budget.model.ParsedBudget;
import budget.model.validation.ValidationFinding;
import budget.validator.BudgetValidator;
import budget.validator.testing.BudgetFixture;
import budget.validator.testing.Edits;
import org.junit.jupiter.api.Test;

import static budget.model.TableType.Columns.PERSONNEL;
import static budget.model.TableType.Columns.PROJECT;
import static budget.model.TableType.Columns.TOTAL;
import static org.assertj.core.api.Assertions.assertThat;

class ConventionRulesTests {

    private final BudgetValidator validator = new BudgetValidator();
    private final ParsedBudget base = BudgetFixture.consistent();

    @Test
    void aContributionBookedUnderAnotherEconomicCodeIsAWarningAtThatCode() {
        ParsedBudget moved = Edits.addToRow(Edits.addToRow(base, 8, "30109", "-62", TOTAL, PERSONNEL),
                8, "30101", "62", TOTAL, PERSONNEL);

        assertThat(validator.validate(moved).findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("CONVENTION.T8_T5.SOCIAL_CONTRIBUTIONS");
            assertThat(f.location().table()).isEqualTo(8);
            assertThat(f.location().code()).isEqualTo("30109");
            assertThat(f.expected()).isEqualByComparingTo("563062.00");
            assertThat(f.actual()).isEqualByComparingTo("563000.00");
            assertThat(f.messageZh()).contains("2080506");
        });
    }

    @Test
    void aThreePublicItemAboveBasicSpendingIsOnlyWrongWhenThereIsNoProjectSpending() {
        ParsedBudget above = Edits.cell(Edits.cell(base, "abroad", "2.50"), "total", "6.50");
        assertThat(validator.validate(above).findings()).isEmpty();

        ParsedBudget noProjects = Edits.addToTotal(above, 3, "-276316024.00", PROJECT);
        assertThat(validator.validate(noProjects).findings()).extracting(ValidationFinding::ruleId)
                .contains("CONVENTION.T9_T8.THREE_PUBLIC");
    }

    @Test
    void aThreePublicItemWithinRoundingOfTable8IsANote() {
        ParsedBudget rounded = Edits.addToRow(Edits.addToRow(base, 8, "30217", "80", TOTAL, "公用经费"),
                8, "30201", "-80", TOTAL, "公用经费");

        assertThat(validator.validate(rounded).findings()).extracting(ValidationFinding::ruleId)
                .containsExactly("PRECISION.WITHIN_ONE_UNIT");
    }
}
