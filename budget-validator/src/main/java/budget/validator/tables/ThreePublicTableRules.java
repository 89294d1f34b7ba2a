package budget.validator.tables;

import budget.model.RowIdentity;
import budget.validator.RuleDescription;
import budget.validator.engine.BudgetView;
import budget.validator.engine.Amounts;
import budget.validator.engine.Findings;
import budget.validator.engine.Precision;
import budget.validator.engine.Precision.Printed;
import budget.validator.engine.RuleSet;
import budget.validator.engine.ThreePublicTable;
import budget.validator.engine.Tolerance;
import budget.validator.engine.Where;

import java.math.BigDecimal;
import java.util.List;

/**
 * Table 9 adds up: 合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费, and the vehicle 小计 = 购置费 + 运行费.
 * The cells are rounded 万元 figures, so a sum may miss by the rounding of its parts (a note, not an error).
 */
public final class ThreePublicTableRules implements RuleSet {

    public static final RuleDescription TOTAL = RuleDescription.error("T9.ROW.TOTAL_EQ_SUM_PARTS",
            "表9：“三公”经费合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费",
            "Table 9: 三公 合计 = 因公出国(境)费 + 公务接待费 + 公务用车购置及运行费");
    public static final RuleDescription VEHICLE = RuleDescription.error("T9.ROW.VEHICLE_EQ_PURCHASE_PLUS_RUNNING",
            "表9：公务用车购置及运行费小计 = 购置费 + 运行费", "Table 9: vehicle 小计 = 购置费 + 运行费");

    @Override
    public List<RuleDescription> rules() {
        return List.of(TOTAL, VEHICLE);
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        ThreePublicTable t9 = budget.threePublic();
        if (!t9.present()) {
            return;
        }
        sum(t9, TOTAL, RowIdentity.THREE_PUBLIC.total(), RowIdentity.THREE_PUBLIC.parts(), findings);
        sum(t9, VEHICLE, RowIdentity.VEHICLES.total(), RowIdentity.VEHICLES.parts(), findings);
    }

    private static void sum(ThreePublicTable t9, RuleDescription rule, String total, List<String> parts,
                            Findings findings) {
        Printed printedTotal = t9.printed(total);
        List<Printed> printedParts = parts.stream().map(t9::printed).toList();
        BigDecimal expected = printedParts.stream().map(Printed::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal actual = printedTotal.value();
        String partLabels = String.join(" + ", parts.stream().map(t9::label).toList());
        String[] lines = new String[parts.size() + 1];
        lines[0] = total;
        for (int i = 0; i < parts.size(); i++) {
            lines[i + 1] = parts.get(i);
        }
        Tolerance.judge(findings, Precision.compareSum(printedTotal, printedParts), rule,
                Where.table(9, t9.label(total), t9.lines(lines)),
                "表9「" + t9.label(total) + "」为 " + Amounts.format(actual) + " 万元，" + partLabels + " = "
                        + Amounts.format(expected) + " 万元，相差 " + Amounts.signed(actual.subtract(expected)) + " 万元",
                "Table 9, " + t9.label(total) + ": printed " + Amounts.format(actual) + " 万元 but " + partLabels + " = "
                        + Amounts.format(expected) + " 万元 (difference " + Amounts.signed(actual.subtract(expected)) + ")",
                expected, actual, Amounts.TEN_THOUSAND_YUAN);
    }
}
