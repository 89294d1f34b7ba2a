package budget.validator;

import budget.model.validation.Severity;
import budget.model.validation.ValidationFinding;
import budget.model.validation.ValidationReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule holds on the consistent budget and fires on its broken copy; no rule of the catalogue lacks a case. */
class RuleCasesTests {

    private static final BudgetValidator VALIDATOR = new BudgetValidator();
    /** Exercised in {@link BudgetValidatorTests} with a rule family that throws. */
    private static final Set<String> COVERED_ELSEWHERE = Set.of(BudgetValidator.RULE_FAILED.id());

    @TestFactory
    Stream<DynamicTest> everyRuleHoldsOnTheConsistentBudgetAndFiresWhenBroken() {
        return RuleCases.all().stream().flatMap(c -> Stream.of(
                DynamicTest.dynamicTest(c.ruleId() + " holds", () ->
                        assertThat(idsIn(VALIDATOR.validate(c.holds(), c.previous()))).doesNotContain(c.ruleId())),
                DynamicTest.dynamicTest(c.ruleId() + " fires: " + c.breakage(), () -> {
                    ValidationReport report = VALIDATOR.validate(c.fires(), c.previous());
                    List<ValidationFinding> mine = report.findings().stream()
                            .filter(f -> f.ruleId().equals(c.ruleId())).toList();
                    assertThat(mine).as(report.findings().toString()).isNotEmpty();
                    Severity expected = BudgetValidator.catalogue().stream().filter(r -> r.id().equals(c.ruleId()))
                            .findFirst().orElseThrow().defaultSeverity();
                    assertThat(mine).allSatisfy(f -> {
                        assertThat(f.severity()).isEqualTo(expected);
                        assertThat(f.messageZh()).isNotBlank();
                        assertThat(f.messageEn()).isNotBlank();
                    });
                })));
    }

    @TestFactory
    Stream<DynamicTest> toleratedFiguresDoNotBreakTheirRule() {
        return RuleCases.holdsWithinPrecision().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () ->
                assertThat(idsIn(VALIDATOR.validate(c.holds()))).doesNotContain(c.ruleId())));
    }

    @Test
    void everyCatalogueRuleHasAHoldingAndAFiringCase() {
        Set<String> catalogue = BudgetValidator.catalogue().stream().map(RuleDescription::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = RuleCases.all().stream().map(RuleCases::ruleId).collect(Collectors.toCollection(TreeSet::new));
        covered.addAll(COVERED_ELSEWHERE);

        assertThat(covered).isEqualTo(catalogue);
    }

    private static List<String> idsIn(ValidationReport report) {
        return report.findings().stream().map(ValidationFinding::ruleId).toList();
    }
}
