package budget.validator.engine;

import budget.model.validation.FindingLocation;
import budget.validator.RuleDescription;
import budget.validator.engine.Precision.Agreement;

import java.math.BigDecimal;

/**
 * Reports a comparison of printed, rounded figures: nothing when they agree as rounding would, a note under
 * {@link #WITHIN_ONE_UNIT} when they differ by less than one unit of the last printed digit (or, for sums, by
 * the rounding of their parts), else a finding under the rule that was broken.
 */
public final class Tolerance {

    public static final RuleDescription WITHIN_ONE_UNIT = RuleDescription.info("PRECISION.WITHIN_ONE_UNIT",
            "以万元列示的数字与精确值相差超过四舍五入、但小于末位一个单位（截尾或进位），视为可接受",
            "A figure printed in 万元 differs from the exact value by more than rounding but by less than one unit of "
                    + "its last printed digit (truncation or rounding up): tolerated");

    private Tolerance() {
    }

    /**
     * @param statementZh what was compared, e.g. "说明中“城乡医疗救助”为 3496.59 万元，表5为 3496.58565 万元"
     * @param statementEn the same in English
     */
    public static void judge(Findings findings, Agreement agreement, RuleDescription rule, FindingLocation where,
                             String statementZh, String statementEn, BigDecimal expected, BigDecimal actual,
                             String unit) {
        findings.checked(rule);
        switch (agreement) {
            case EXACT -> {
            }
            case TOLERATED -> findings.report(WITHIN_ONE_UNIT, where,
                    statementZh + "；差额在舍入误差以内（小于末位一个单位，截尾或进位），可接受（规则 " + rule.id() + "）。",
                    statementEn + "; within rounding (less than one unit of the last printed digit: truncation or rounding up), tolerated"
                            + " (rule " + rule.id() + ").",
                    expected, actual, unit);
            case BROKEN -> findings.report(rule, where, statementZh + "；超出舍入误差（末位一个单位）。",
                    statementEn + "; more apart than rounding allows (one unit of the last printed digit).",
                    expected, actual, unit);
        }
    }
}
