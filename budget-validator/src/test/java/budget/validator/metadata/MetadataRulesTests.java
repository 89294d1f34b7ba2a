package budget.validator.metadata;

import budget.model.BudgetTable;
import budget.model.ParsedBudget;
import budget.model.TableStatus;
import budget.model.validation.ValidationFinding;
import budget.validator.BudgetValidator;
import budget.validator.testing.BudgetFixture;
import budget.validator.testing.Edits;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MetadataRulesTests {

    private final BudgetValidator validator = new BudgetValidator();
    private final ParsedBudget base = BudgetFixture.consistent();

    @Test
    void departmentsMatchWhateverRegionPrefixCodeOrQualifierIsPrinted() {
        assertThat(Departments.same("闵行区医疗保障局（汇总）", "上海市闵行区医疗保障局（汇总）")).isTrue();
        assertThat(Departments.same("157上海市松江区医疗保障局", "上海市松江区医疗保障局")).isTrue();
        assertThat(Departments.same("上海市 宝山区 医疗保障局", "上海市宝山区医疗保障局")).isTrue();
        assertThat(Departments.same("上海市医疗保障局", "上海市松江区医疗保障局")).isFalse();
        assertThat(Departments.same("上海市闵行区医疗保障局", "上海市闵行区卫生健康委员会")).isFalse();
        assertThat(Departments.ownOfficeOf("上海市闵行区医疗保障局本级")).isEqualTo("上海市闵行区医疗保障局");
        assertThat(Departments.ownOfficeOf("上海市闵行区医疗保险事务中心")).isNull();
    }

    @Test
    void emptyFundTablesAreNormalButAnEmptySummaryIsNot() {
        ParsedBudget emptyFund = Edits.table(base, 6, MetadataRulesTests::emptied);
        assertThat(validator.validate(emptyFund).findings()).extracting(ValidationFinding::ruleId)
                .doesNotContain("META.TABLE_EMPTY");

        ParsedBudget emptyTable9 = Edits.table(base, 9, MetadataRulesTests::emptied);
        assertThat(validator.validate(emptyTable9).findings()).extracting(ValidationFinding::ruleId)
                .containsExactly("META.TABLE_EMPTY");
    }

    @Test
    void aMissingFundTableIsAWarningAndTheIdentitiesThatNeedItAreSkipped() {
        ParsedBudget noTable6 = Edits.withoutTable(base, 6);

        assertThat(validator.validate(noTable6).findings()).extracting(ValidationFinding::ruleId,
                        f -> f.location().table())
                .containsExactly(tuple("META.TABLE_MISSING", 6));
    }

    @Test
    void eachWrongYearOfATableIsReportedOnceWithThePrintedText() {
        ParsedBudget wrong = Edits.tableHeader(base, 2, "2025年部门收入预算总表", BudgetFixture.DEPARTMENT, 2025);

        assertThat(validator.validate(wrong).findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("META.TABLE_YEAR");
            assertThat(f.location().table()).isEqualTo(2);
            assertThat(f.location().item()).isEqualTo("2025年部门收入预算总表");
            assertThat(f.expected()).isEqualByComparingTo(BigDecimal.valueOf(2026));
            assertThat(f.actual()).isEqualByComparingTo(BigDecimal.valueOf(2025));
            assertThat(f.unit()).isEqualTo("年");
        });
    }

    @Test
    void aTableWithoutAPreparingDepartmentIsNotAFinding() {
        ParsedBudget unnamed = Edits.tableHeader(base, 4, base.table(4).title(), null, BudgetFixture.YEAR);

        assertThat(validator.validate(unnamed).findings()).isEmpty();
    }

    private static BudgetTable emptied(BudgetTable t) {
        return new BudgetTable(t.number(), t.title(), TableStatus.EMPTY, "本表无数据", t.preparedBy(), t.headerYear(),
                t.unit(), t.columns(), List.of(), Map.of(), null, List.of(), List.of(), t.lines());
    }
}
