package budget.validator.names;

import budget.model.FactKind;
import budget.model.ParsedBudget;
import budget.model.validation.Severity;
import budget.model.validation.ValidationFinding;
import budget.model.validation.ValidationReport;
import budget.validator.BudgetValidator;
import budget.validator.testing.BudgetFixture;
import budget.validator.testing.Edits;
import org.junit.jupiter.api.Test;

import static budget.model.SummaryItem.Side.EXPENSE;
import static org.assertj.core.api.Assertions.assertThat;

/** A class printed under a former name of its code: matched as the same class, and one warning. */
class ClassNameRulesTests {

    private static final String FORMER = "医疗卫生与计划生育支出";

    private final BudgetValidator validator = new BudgetValidator();
    private final ParsedBudget base = BudgetFixture.consistent();

    @Test
    void aTable1ClassUnderItsFormerNameWithEqualAmountsIsOneWarningAndNoError() {
        ValidationReport report = validator.validate(Edits.itemLabel(base, 1, EXPENSE, "卫生健康支出", "三、" + FORMER));

        assertThat(report.errors()).isZero();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("NAMES.OUTDATED_CLASS_NAME");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().table()).isEqualTo(1);
            assertThat(f.location().code()).isEqualTo("210");
            assertThat(f.location().item()).isEqualTo(FORMER);
            assertThat(f.messageZh()).contains("2019").contains("卫生健康支出");
            assertThat(f.messageEn()).contains("2019 revision").contains("卫生健康支出");
        });
    }

    @Test
    void theFormerNameInTables1And4AndTheProseIsStillOneWarning() {
        ParsedBudget budget = Edits.itemLabel(Edits.itemLabel(base, 1, EXPENSE, "卫生健康支出", "三、" + FORMER),
                4, EXPENSE, "卫生健康支出", "二、" + FORMER);
        budget = Edits.factLabel(budget, FactKind.SUBJECT_ITEM, "卫生健康支出（类）", FORMER + "（类）");

        ValidationReport report = validator.validate(budget);

        assertThat(report.errors()).isZero();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("NAMES.OUTDATED_CLASS_NAME");
            assertThat(f.location().lines()).as("the former name's lines first").startsWith(80, 107, 406);
        });
    }

    @Test
    void aFormerClassNameInANarrativeChainIsFoundComparedAndNamedOnce() {
        // a narrative item of 2101501 行政运行 (292.03 万元) whose 类 is printed under its former name
        String chain = FORMER + "（210类）医疗保障管理事务（15款）行政运行（01项）";
        ParsedBudget budget = Edits.fact(Edits.factLabel(base, FactKind.SUBJECT_ITEM, "城乡医疗救助", chain),
                FactKind.SUBJECT_ITEM, chain, "292.03");

        assertThat(validator.validate(budget).findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("NAMES.OUTDATED_CLASS_NAME");
            assertThat(f.location().code()).isEqualTo("210");
            assertThat(f.location().table()).isNull();
            assertThat(f.location().item()).isEqualTo("医疗卫生与计划生育支出");
            assertThat(f.messageEn()).contains("2019").contains("卫生健康支出");
        });
    }

    @Test
    void aRenamedClassIsStillComparedByAmount() {
        ParsedBudget budget = Edits.addToItem(Edits.itemLabel(base, 1, EXPENSE, "卫生健康支出", "三、" + FORMER),
                1, EXPENSE, FORMER, "1", "预算数");

        assertThat(validator.validate(budget).findings()).extracting(ValidationFinding::ruleId)
                .contains("CROSS.T1_T3.EXPENSE_CLASSES", "NAMES.OUTDATED_CLASS_NAME")
                .filteredOn("CROSS.T1_T3.EXPENSE_CLASSES"::equals).hasSize(1);
    }

    @Test
    void aDocumentThatPrintsOnlyTheFormerNameIsConsistentWithItself() {
        ParsedBudget budget = Edits.itemLabel(Edits.itemLabel(base, 1, EXPENSE, "卫生健康支出", "三、" + FORMER),
                4, EXPENSE, "卫生健康支出", "二、" + FORMER);
        for (int table : new int[]{2, 3, 5}) {
            budget = Edits.rowName(budget, table, "210", FORMER);
        }
        budget = Edits.factLabel(budget, FactKind.SUBJECT_ITEM, "卫生健康支出（类）", FORMER + "（类）");

        assertThat(validator.validate(budget).findings()).isEmpty();
    }

    @Test
    void aNameNoRevisionGaveIsNoRenaming() {
        ValidationReport report = validator.validate(Edits.itemLabel(base, 1, EXPENSE, "卫生健康支出", "三、医疗保险支出"));

        assertThat(report.findings()).extracting(ValidationFinding::ruleId)
                .doesNotContain("NAMES.OUTDATED_CLASS_NAME").contains("CROSS.T1_T3.EXPENSE_CLASSES");
    }
}
