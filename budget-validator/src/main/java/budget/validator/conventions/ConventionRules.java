package budget.validator.conventions;

import budget.model.ThreePublicCells;
import budget.model.TableRow;
import budget.model.TableType.Columns;
import budget.model.validation.FindingLocation;
import budget.validator.RuleDescription;
import budget.validator.engine.BudgetView;
import budget.validator.engine.Amounts;
import budget.validator.engine.CodeTree;
import budget.validator.engine.Describe;
import budget.validator.engine.Findings;
import budget.validator.engine.Precision;
import budget.validator.engine.Precision.Agreement;
import budget.validator.engine.Precision.Printed;
import budget.validator.engine.RuleSet;
import budget.validator.engine.ThreePublicTable;
import budget.validator.engine.Tolerance;
import budget.validator.engine.Where;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Conventions that hold in well-kept budgets without being identities of the templates, hence warnings:
 * the social-insurance and housing-fund contributions appear once by economic and once by function code,
 * and the 三公 items of table 9 are the matching economic items of table 8 when all of them are basic spending.
 */
public final class ConventionRules implements RuleSet {

    public static final RuleDescription SOCIAL_CONTRIBUTIONS = RuleDescription.warning(
            "CONVENTION.T8_T5.SOCIAL_CONTRIBUTIONS",
            "经济分类30108/30109/30113（养老保险、职业年金、住房公积金）等于功能分类2080505/2080506/2210201的基本支出",
            "Economic 30108/30109/30113 (pension, annuity, housing fund) equal the basic spending of function "
                    + "2080505/2080506/2210201");
    public static final RuleDescription THREE_PUBLIC = RuleDescription.warning("CONVENTION.T9_T8.THREE_PUBLIC",
            "表9因公出国(境)费、公务接待费、公务用车运行费等于表8经济分类30212/30217/30231（全部为基本支出时）",
            "Table 9's 因公出国(境)费, 公务接待费 and 公务用车运行费 equal economic 30212/30217/30231 of table 8 "
                    + "(when all are basic spending)");

    /** An economic code of table 8 and the function code (or table 9 cell) it should equal. */
    private record Pair(String economic, String other) {
    }

    private static final List<Pair> CONTRIBUTIONS = List.of(new Pair("30108", "2080505"),
            new Pair("30109", "2080506"), new Pair("30113", "2210201"));
    private static final List<Pair> THREE_PUBLIC_ITEMS = List.of(new Pair("30212", ThreePublicCells.ABROAD),
            new Pair("30217", ThreePublicCells.RECEPTION), new Pair("30231", ThreePublicCells.VEHICLE_RUNNING));

    @Override
    public List<RuleDescription> rules() {
        return List.of(SOCIAL_CONTRIBUTIONS, THREE_PUBLIC);
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        CodeTree t8 = budget.codeTree(8);
        if (!t8.present()) {
            return;
        }
        CodeTree function = budget.codeTree(5).present() ? budget.codeTree(5)
                : budget.codeTree(3);
        if (function.present()) {
            contributions(t8, function, findings);
        }
        ThreePublicTable t9 = budget.threePublic();
        if (t9.present()) {
            threePublic(t8, t9, allBasicSpending(budget), findings);
        }
    }

    private static void contributions(CodeTree t8, CodeTree function, Findings findings) {
        findings.checked(SOCIAL_CONTRIBUTIONS);
        for (Pair pair : CONTRIBUTIONS) {
            Optional<TableRow> economic = t8.row(pair.economic());
            Optional<TableRow> functional = function.row(pair.other());
            if (economic.isEmpty() && functional.isEmpty()) {
                continue;
            }
            BigDecimal expected = function.amount(pair.other(), Columns.BASIC);
            BigDecimal actual = t8.amount(pair.economic(), Columns.TOTAL);
            if (Amounts.same(expected, actual)) {
                continue;
            }
            String functionName = functional.map(TableRow::name).orElse(null);
            List<Integer> otherLines = functional.map(TableRow::lines).orElse(List.of());
            FindingLocation where = economic.map(r -> Where.row(8, r, Columns.TOTAL, otherLines))
                    .orElse(Where.code(8, pair.economic(), null, Columns.TOTAL, otherLines));
            findings.report(SOCIAL_CONTRIBUTIONS, where,
                    "表8 经济分类 " + pair.economic() + " 为 " + Amounts.format(actual) + "，表" + function.number() + " "
                            + Describe.codeZh(pair.other(), functionName) + " 基本支出为 " + Amounts.format(expected)
                            + "，相差 " + Amounts.signed(actual.subtract(expected)) + " 元。",
                    "Table 8, economic " + pair.economic() + ": " + Amounts.format(actual) + ", but table "
                            + function.number() + " " + Describe.codeEn(pair.other(), functionName) + " has 基本支出 "
                            + Amounts.format(expected) + " (difference " + Amounts.signed(actual.subtract(expected))
                            + " yuan).",
                    Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
        }
    }

    /**
     * Table 8 holds basic spending only. When the budget has project spending, a 三公 item larger than its
     * economic line may be paid partly by projects, so only a 三公 item smaller than basic spending alone
     * breaks the convention; without project spending both directions do.
     */
    private static void threePublic(CodeTree t8, ThreePublicTable t9, boolean allBasic, Findings findings) {
        findings.checked(THREE_PUBLIC);
        for (Pair pair : THREE_PUBLIC_ITEMS) {
            Printed printed = t9.printed(pair.other());
            BigDecimal exact = Amounts.toTenThousand(t8.amount(pair.economic(), Columns.TOTAL));
            Agreement agreement = Precision.compare(printed, exact);
            if (agreement == Agreement.BROKEN && !allBasic && printed.value().compareTo(exact) > 0) {
                continue;
            }
            List<Integer> lines = new ArrayList<>(t9.lines(pair.other()));
            t8.row(pair.economic()).ifPresent(r -> lines.addAll(r.lines()));
            String label = t9.label(pair.other());
            Tolerance.judge(findings, agreement, THREE_PUBLIC,
                    new FindingLocation(9, pair.economic(), null, label, Where.lines(t9.lines(pair.other()), lines)),
                    "表9「" + label + "」为 " + Amounts.format(printed.value()) + " 万元，表8 经济分类 " + pair.economic()
                            + " 为 " + Amounts.format(exact) + " 万元",
                    "Table 9, " + label + ": " + Amounts.format(printed.value()) + " 万元, table 8 economic "
                            + pair.economic() + ": " + Amounts.format(exact) + " 万元",
                    exact, printed.value(), Amounts.TEN_THOUSAND_YUAN);
        }
    }

    private static boolean allBasicSpending(BudgetView budget) {
        CodeTree t3 = budget.codeTree(3);
        CodeTree spending = t3.present() ? t3 : budget.codeTree(5);
        return spending.present() && Amounts.isZero(spending.total(Columns.PROJECT));
    }
}
