package budget.validator.narrative;

import budget.model.FactKind;
import budget.model.ParsedBudget;
import budget.model.RowPlacement;
import budget.model.TableRow;
import budget.model.TableType.Columns;
import budget.model.validation.ValidationFinding;
import budget.validator.BudgetValidator;
import budget.validator.testing.BudgetFixture;
import budget.validator.testing.Edits;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subjects printed as chains (类 → 款 → 项, names and printed codes) are matched level by level, so a name that
 * several 款 share (行政运行) is the one under the printed 类 and 款. The fixture has 2101501 行政运行 of 2,920,332.00
 * 元 under 21015 医疗保障管理事务 of 210 卫生健康支出.
 */
class SubjectChainRulesTests {

    private final BudgetValidator validator = new BudgetValidator();
    private final ParsedBudget base = BudgetFixture.consistent();

    /** The fixture with its 城乡医疗救助 item relabelled and restated. */
    private ParsedBudget subject(ParsedBudget budget, String label, String printed) {
        return Edits.fact(Edits.factLabel(budget, FactKind.SUBJECT_ITEM, "城乡医疗救助", label), FactKind.SUBJECT_ITEM,
                label, printed);
    }

    private List<ValidationFinding> narrative(ParsedBudget budget) {
        return validator.validate(budget).findings().stream()
                .filter(f -> f.ruleId().startsWith("NARRATIVE.") || f.ruleId().startsWith("PRECISION."))
                .toList();
    }

    @Test
    void aChainOfNamesFindsItsSubject() {
        assertThat(narrative(subject(base, "卫生健康支出（类）医疗保障管理事务（款）行政运行（项）", "292.03"))).isEmpty();
    }

    @Test
    void aChainWithPrintedCodesFindsItsSubject() {
        assertThat(narrative(subject(base, "卫生健康支出（210类）医疗保障管理事务（15款）行政运行（01项）", "292.03"))).isEmpty();
        assertThat(narrative(subject(base, "卫生健康支出(210类)医疗保障管理事务(15款)行政运行(01项)", "292.03"))).isEmpty();
    }

    @Test
    void aChainUnderAnotherClassIsNotTheSubjectOfTheSameName() {
        assertThat(narrative(subject(base, "一般公共服务支出（类）财政事务（款）行政运行（项）", "292.03")))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("NARRATIVE.SUBJECT_UNKNOWN");
                    assertThat(f.location().item()).isEqualTo("一般公共服务支出（类）财政事务（款）行政运行（项）");
                });
    }

    @Test
    void ofTwo行政运行TheChainPicksTheOneUnderItsClassNotTheNearestAmount() {
        // 2010601 行政运行 of 1,623.18 万元 besides 2101501 行政运行 of 292.03 万元 (putuo-finance-bureau-2025-dept's line)
        ParsedBudget two = withGeneralPublicServices(base);
        assertThat(narrative(subject(two, "一般公共服务支出（类）财政事务（款）行政运行（项）", "1623.18"))).isEmpty();
        assertThat(narrative(subject(two, "卫生健康支出（类）医疗保障管理事务（款）行政运行（项）", "292.03"))).isEmpty();

        // the amount of the other 行政运行: a plain name would pick that one; the chain keeps its own
        assertThat(narrative(subject(two, "一般公共服务支出（类）财政事务（款）行政运行（项）", "292.03")))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("NARRATIVE.SUBJECT_ITEM");
                    assertThat(f.location().code()).isEqualTo("2010601");
                    assertThat(f.expected()).isEqualByComparingTo("1623.1840");
                });
        assertThat(narrative(subject(two, "行政运行", "292.03"))).isEmpty();
    }

    @Test
    void printedCodesChooseBetweenRowsOfTheSameName() {
        ParsedBudget two = withGeneralPublicServices(base);
        assertThat(narrative(subject(two, "行政运行（2010601项）", "292.03"))).singleElement()
                .satisfies(f -> assertThat(f.location().code()).isEqualTo("2010601"));
    }

    @Test
    void one款UnderAnotherNameStillFindsTheSubjectWhenThe类AndItsOwnNameAgree() {
        assertThat(narrative(subject(base, "卫生健康支出（类）医疗保障事务（款）行政运行（项）", "292.03"))).isEmpty();
        // but not when the 类 is wrong too
        assertThat(narrative(subject(base, "一般公共服务支出（类）医疗保障事务（款）行政运行（项）", "292.03")))
                .extracting(ValidationFinding::ruleId).containsExactly("NARRATIVE.SUBJECT_UNKNOWN");
    }

    @Test
    void 其它And其他AreOneName() {
        ParsedBudget budget = subject(Edits.rowName(Edits.rowName(base, 5, "2101399", "其他医疗救助支出"), 3, "2101399",
                "其他医疗救助支出"), "卫生健康支出（类）医疗救助（款）其它医疗救助支出（项）", "3496.59");
        // 其它医疗救助支出 is 2101399 (23,998.63 万元), so the amount now disagrees: found, and compared
        assertThat(narrative(budget)).extracting(ValidationFinding::ruleId).containsExactly("NARRATIVE.SUBJECT_ITEM");
    }

    @Test
    void aNameAfterTheLastMarkIsASubjectBelowIt() {
        assertThat(narrative(subject(base, "卫生健康支出（类）城乡医疗救助", "3496.59"))).isEmpty();
        assertThat(narrative(subject(base, "住房保障支出（类）城乡医疗救助", "3496.59")))
                .extracting(ValidationFinding::ruleId).containsExactly("NARRATIVE.SUBJECT_UNKNOWN");
    }

    /** Adds 201 一般公共服务支出 → 20106 财政事务 → 2010601 行政运行 (16,231,840.00 元) to table 5. */
    private static ParsedBudget withGeneralPublicServices(ParsedBudget budget) {
        ParsedBudget changed = budget;
        for (String[] row : new String[][]{{"201", "一般公共服务支出"}, {"20106", "财政事务"}, {"2010601", "行政运行"}}) {
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            amounts.put(Columns.TOTAL, new BigDecimal("16231840.00"));
            amounts.put(Columns.BASIC, new BigDecimal("16231840.00"));
            amounts.put(Columns.PROJECT, new BigDecimal("0.00"));
            String code = row[0];
            List<String> parts = code.length() == 3 ? List.of(code)
                    : code.length() == 5 ? List.of(code.substring(0, 3), code.substring(3))
                    : List.of(code.substring(0, 3), code.substring(3, 5), code.substring(5));
            changed = Edits.addRow(changed, 5, new TableRow(code, parts, row[1], false, amounts, List.of(590),
                    RowPlacement.DELIMITED));
        }
        return changed;
    }
}
