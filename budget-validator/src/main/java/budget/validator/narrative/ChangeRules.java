package budget.validator.narrative;

import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.PrintedAmount;
import budget.validator.RuleDescription;
import budget.validator.engine.Amounts;
import budget.validator.engine.BudgetView;
import budget.validator.engine.Findings;
import budget.validator.engine.Precision;
import budget.validator.engine.Precision.Agreement;
import budget.validator.engine.Precision.Printed;
import budget.validator.engine.RuleSet;
import budget.validator.engine.Tolerance;
import budget.validator.engine.Where;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the prose says of the previous year, against itself: a change stated with the figures it is between
 * (2025年当年预算执行数为X万元，2026年预算安排Y万元，比2025年预算执行数增加Z%; 比2025年预算减少D万元，减少Z%) must follow
 * from them within the printed precision, its word (增加/减少/持平) must agree with its sign, the figure a
 * subject item restates in its sentence must be the item's own, and every comparison must be with the year before
 * the budget's. A new item from 0 stated as 100 % follows the usual convention. Checks against the previous year's
 * own budget, where it is known, are the cross-year rules' business.
 */
public final class ChangeRules implements RuleSet {

    public static final RuleDescription CHANGE_PERCENT = RuleDescription.warning("NARRATIVE.CHANGE_PERCENT",
            "说明中的增减百分比与前后两个数相符（在印刷精度内；从0新增记为100%属惯例）",
            "A stated percentage change follows from the previous and current figures beside it, within their printed "
                    + "precision (a new item from 0 stated as 100 % is the usual convention)");
    public static final RuleDescription CHANGE_AMOUNT = RuleDescription.warning("NARRATIVE.CHANGE_AMOUNT",
            "说明中的增减额 = 本年数 − 上年数（在印刷精度内）",
            "A stated change in 万元 equals the current figure less the previous one, within their printed precision");
    public static final RuleDescription CHANGE_DIRECTION = RuleDescription.warning("NARRATIVE.CHANGE_DIRECTION",
            "“增加”“减少”“持平”与前后两个数的增减方向一致",
            "增加 / 减少 / 持平 agree with the direction of the figures they describe");
    public static final RuleDescription RESTATED_AMOUNT = RuleDescription.warning("NARRATIVE.RESTATED_AMOUNT",
            "科目说明中“预算安排”的本年数与该科目列示的金额一致",
            "The current figure a subject item's change sentence states (预算安排Y万元) is the item's own amount");
    public static final RuleDescription COMPARISON_YEAR = RuleDescription.warning("NARRATIVE.COMPARISON_YEAR",
            "说明中的比较以预算年度的上一年为对象（2026年预算比2025年）",
            "Every comparison of the prose is with the year before the budget year (a 2026 budget against 2025)");

    private static final MathContext MATH = new MathContext(16, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    @Override
    public List<RuleDescription> rules() {
        return List.of(CHANGE_PERCENT, CHANGE_AMOUNT, CHANGE_DIRECTION, RESTATED_AMOUNT, COMPARISON_YEAR);
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        List<NarrativeFact> facts = distinct(budget.facts());
        comparisonYears(budget, facts, findings);
        for (NarrativeFact fact : facts) {
            if (fact.amount() == null || !"万元".equals(fact.amount().unit())) {
                continue;
            }
            if (fact.previous() != null) {
                statement(fact, item(budget, fact), findings);
            } else if (fact.change() != null && fact.percent() != null && fact.change().value().signum() != 0) {
                // 比2025年预算减少1364.7万元，减少20.59%: the previous figure is the current one less the change
                Printed current = printed(fact.amount());
                Printed change = printed(fact.change());
                Figures figures = new Figures(new Printed(current.value().subtract(change.value()),
                        Math.max(current.scale(), change.scale())), current, true);
                percent(fact, figures, fact.amount(), findings);
            }
        }
    }

    /** The figures a change is between; the previous one is derived (current − change) or printed. */
    private record Figures(Printed previous, Printed current, boolean derived) {

        /** How far each may be from the exact value: one unit of its last digit (rounding or truncation). */
        BigDecimal slack(Printed p) {
            return derived && p == previous ? p.unit().multiply(TWO) : p.unit();
        }
    }

    private static void statement(NarrativeFact fact, NarrativeFact item, Findings findings) {
        Figures stated = new Figures(printed(fact.previous()), printed(fact.amount()), false);
        boolean restatedWrongly = false;
        if (item != null) {
            findings.checked(RESTATED_AMOUNT);
            Printed own = printed(item.amount());
            BigDecimal apart = own.value().subtract(stated.current().value()).abs();
            BigDecimal unit = own.unit().max(stated.current().unit());
            if (apart.compareTo(unit) >= 0) {
                restatedWrongly = true;
                Figures withOwn = new Figures(stated.previous(), own, false);
                boolean followsOwn = agrees(fact, withOwn);
                String hintZh = followsOwn ? "；所述增减与科目金额 " + shown(item.amount()) + " 相符，“预算安排”一数有误" : "";
                String hintEn = followsOwn ? "; the stated change follows from the item's " + shown(item.amount())
                        + ", so the restated figure is the wrong one" : "";
                findings.report(RESTATED_AMOUNT, Where.fact(fact, null, null, List.of(item.line())),
                        "说明中“" + label(fact) + "”列示 " + shown(item.amount()) + "，其后“预算安排”为 " + shown(fact.amount())
                                + hintZh + "。",
                        "The narrative lists " + label(fact) + " at " + shown(item.amount()) + " and then says 预算安排 "
                                + shown(fact.amount()) + hintEn + ".",
                        item.amount().value(), fact.amount().value(), "万元");
                if (followsOwn) {
                    return;
                }
            }
        }
        if (!direction(fact, stated, findings)) {
            return;
        }
        if (fact.percent() != null) {
            percent(fact, stated, fact.amount(), findings);
        }
        if (fact.change() != null && fact.change().value().signum() != 0 && !restatedWrongly) {
            amount(fact, stated, findings);
        }
    }

    /** Whether the stated change follows from these figures: its direction and its size. */
    private static boolean agrees(NarrativeFact fact, Figures figures) {
        int computed = sign(figures);
        int stated = statedSign(fact);
        if (computed != 0 && stated != computed || stated == 0 && computed != 0) {
            return false;
        }
        if (fact.percent() != null) {
            return percentAgreement(fact.percent(), figures) != Agreement.BROKEN;
        }
        return true;
    }

    /** Reports a word against the sign of the figures; false when it did (nothing more is worth saying). */
    private static boolean direction(NarrativeFact fact, Figures figures, Findings findings) {
        findings.checked(CHANGE_DIRECTION);
        int computed = sign(figures);
        int stated = statedSign(fact);
        if (computed == 0 && stated != 0 || stated == computed) {
            return true;
        }
        String actual = computed > 0 ? "增加" : "减少";
        BigDecimal percent = exactPercent(figures);
        String computedText = percent == null ? "" : "（" + Amounts.signed(percent.setScale(2, RoundingMode.HALF_UP)) + "%）";
        String impliedZh = implied(fact, figures) == null ? ""
                : "；按所述百分比，上年数应约为 " + Amounts.format(implied(fact, figures)) + " 万元";
        String impliedEn = implied(fact, figures) == null ? ""
                : "; the stated percentage implies a previous figure of about " + Amounts.format(implied(fact, figures))
                + " 万元";
        findings.report(CHANGE_DIRECTION, Where.fact(fact, null, null, List.of()),
                "说明中“" + label(fact) + "”由 " + shown(fact.previous()) + " 到 " + shown(fact.amount()) + " 为" + actual
                        + computedText + "，文中却称“" + statedText(fact) + "”" + impliedZh + "。",
                "The narrative gives " + label(fact) + " as " + shown(fact.previous()) + " then " + shown(fact.amount())
                        + ", " + (computed > 0 ? "an increase" : "a decrease") + computedText.replace("（", " (")
                        .replace("）", ")") + ", but says " + statedText(fact) + impliedEn + ".",
                null, null, null);
        return false;
    }

    private static void percent(NarrativeFact fact, Figures figures, PrintedAmount current, Findings findings) {
        PrintedAmount stated = fact.percent();
        BigDecimal exact = exactPercent(figures);
        if (exact == null) {
            findings.checked(CHANGE_PERCENT);
            return; // from 0: any increase is commonly stated as 100 %, and nothing else can be computed
        }
        Agreement agreement = percentAgreement(stated, figures);
        BigDecimal shownExact = exact.setScale(Math.max(2, stated.scale()), RoundingMode.HALF_UP);
        BigDecimal impliedPrevious = implied(fact, figures);
        String previousZh = figures.derived() ? "（" + shown(current) + " − 增减额 " + shown(fact.change()) + "）" : "";
        String previousEn = figures.derived() ? " (" + shown(current) + " less the change of " + shown(fact.change()) + ")"
                : "";
        String impliedZh = agreement == Agreement.BROKEN && impliedPrevious != null
                ? "；按所述百分比，上年数应约为 " + Amounts.format(impliedPrevious) + " 万元" : "";
        String impliedEn = agreement == Agreement.BROKEN && impliedPrevious != null
                ? "; the stated percentage implies a previous figure of about " + Amounts.format(impliedPrevious) + " 万元"
                : "";
        Tolerance.judge(findings, agreement, CHANGE_PERCENT, Where.fact(fact, null, null, List.of()),
                "说明中“" + label(fact) + "”由 " + Amounts.format(figures.previous().value()) + " 万元" + previousZh + " 到 "
                        + shown(current) + "，变动 " + Amounts.signed(shownExact) + "%，文中为 " + statedText(fact) + impliedZh,
                "The narrative gives " + label(fact) + " as " + Amounts.format(figures.previous().value()) + " 万元"
                        + previousEn + " then " + shown(current) + ", a change of " + Amounts.signed(shownExact)
                        + " %; it states " + statedText(fact) + impliedEn,
                shownExact, stated.value(), "%");
    }

    private static void amount(NarrativeFact fact, Figures figures, Findings findings) {
        Printed change = printed(fact.change());
        Printed difference = new Printed(figures.current().value().subtract(figures.previous().value()),
                Math.max(figures.current().scale(), figures.previous().scale()));
        Agreement agreement = Precision.compareSum(change, List.of(figures.current(),
                new Printed(figures.previous().value().negate(), figures.previous().scale())));
        Tolerance.judge(findings, agreement, CHANGE_AMOUNT, Where.fact(fact, null, null, List.of()),
                "说明中“" + label(fact) + "”由 " + shown(fact.previous()) + " 到 " + shown(fact.amount()) + "，相差 "
                        + Amounts.signed(difference.value()) + " 万元，文中为 " + statedText(fact),
                "The narrative gives " + label(fact) + " as " + shown(fact.previous()) + " then " + shown(fact.amount())
                        + ", a difference of " + Amounts.signed(difference.value()) + " 万元; it states " + statedText(fact),
                difference.value(), change.value(), "万元");
    }

    /**
     * The stated percentage against the range the figures allow: each figure may be off by one unit of its last
     * printed digit, the percentage by one of its own. Exact when the printed figures give it within rounding.
     */
    private static Agreement percentAgreement(PrintedAmount stated, Figures figures) {
        BigDecimal exact = exactPercent(figures);
        if (exact == null) {
            return Agreement.EXACT;
        }
        Printed percent = printed(stated);
        if (exact.subtract(percent.value()).abs().compareTo(percent.unit().divide(TWO)) <= 0) {
            return Agreement.EXACT;
        }
        BigDecimal previousLow = figures.previous().value().subtract(figures.slack(figures.previous()));
        BigDecimal previousHigh = figures.previous().value().add(figures.slack(figures.previous()));
        BigDecimal currentLow = figures.current().value().subtract(figures.slack(figures.current()));
        BigDecimal currentHigh = figures.current().value().add(figures.slack(figures.current()));
        BigDecimal lowest = ratio(currentLow, previousHigh);
        BigDecimal highest = previousLow.signum() <= 0 ? null : ratio(currentHigh, previousLow);
        BigDecimal statedLow = percent.value().subtract(percent.unit());
        BigDecimal statedHigh = percent.value().add(percent.unit());
        boolean overlaps = statedHigh.compareTo(lowest) >= 0 && (highest == null || statedLow.compareTo(highest) <= 0);
        return overlaps ? Agreement.TOLERATED : Agreement.BROKEN;
    }

    /** (current − previous) / previous × 100, or null from 0. */
    private static BigDecimal exactPercent(Figures figures) {
        if (figures.previous().value().signum() <= 0) {
            return null;
        }
        return ratio(figures.current().value(), figures.previous().value());
    }

    private static BigDecimal ratio(BigDecimal current, BigDecimal previous) {
        return current.subtract(previous).multiply(HUNDRED).divide(previous, MATH);
    }

    /** The previous figure the stated percentage implies: current / (1 + percent). */
    private static BigDecimal implied(NarrativeFact fact, Figures figures) {
        if (fact.percent() == null) {
            return null;
        }
        BigDecimal factor = BigDecimal.ONE.add(fact.percent().value().divide(HUNDRED, MATH));
        if (factor.signum() <= 0) {
            return null;
        }
        return figures.current().value().divide(factor, MATH).setScale(2, RoundingMode.HALF_UP);
    }

    /** +1, −1, or 0 when the figures are equal within their precision. */
    private static int sign(Figures figures) {
        BigDecimal difference = figures.current().value().subtract(figures.previous().value());
        BigDecimal slack = figures.slack(figures.current()).add(figures.slack(figures.previous()));
        return difference.abs().compareTo(slack) <= 0 ? 0 : difference.signum();
    }

    private static int statedSign(NarrativeFact fact) {
        if (fact.percent() != null) {
            return fact.percent().value().signum();
        }
        return fact.change() == null ? 0 : fact.change().value().signum();
    }

    /** 增加17.62% / 减少15.00万元 / 持平, as the prose words it. */
    private static String statedText(NarrativeFact fact) {
        PrintedAmount change = fact.percent() != null ? fact.percent() : fact.change();
        if (change == null || change.value().signum() == 0) {
            return "持平";
        }
        String word = change.value().signum() > 0 ? "增加" : "减少";
        return word + change.text().replace("-", "") + change.unit();
    }

    /** The subject item a statement belongs to: the SUBJECT_ITEM of its label printed last before it. */
    private static NarrativeFact item(BudgetView budget, NarrativeFact statement) {
        if (statement.kind() != FactKind.STATED_CHANGE || statement.label() == null) {
            return null;
        }
        NarrativeFact item = null;
        for (NarrativeFact fact : budget.facts(FactKind.SUBJECT_ITEM)) {
            if (statement.label().equals(fact.label()) && fact.line() <= statement.line() && fact.amount() != null
                    && (item == null || fact.line() > item.line())) {
                item = fact;
            }
        }
        return item;
    }

    /**
     * Every comparison is with the year before: 比2026年预算 in a 2026 budget is a slip (the tables and the other
     * sentences compare with 2025). One finding per figure that names the wrong year.
     */
    private static void comparisonYears(BudgetView budget, List<NarrativeFact> facts, Findings findings) {
        int year = budget.metadata() == null ? 0 : budget.metadata().year();
        if (year <= 0) {
            return;
        }
        long right = facts.stream().filter(f -> Objects.equals(f.comparedYear(), year - 1)).count();
        for (NarrativeFact fact : facts) {
            if (fact.comparedYear() == null) {
                continue;
            }
            findings.checked(COMPARISON_YEAR);
            int compared = fact.comparedYear();
            if (compared == year - 1) {
                continue;
            }
            String othersZh = right == 0 ? "" : "，文中其他 " + right + " 处比较均以" + (year - 1) + "年为上年";
            String othersEn = right == 0 ? "" : "; the document's other " + right + " comparisons are with " + (year - 1);
            findings.report(COMPARISON_YEAR, Where.fact(fact, null, null, List.of()),
                    year + "年预算的说明中“" + label(fact) + "”与" + compared + "年比较，应与上一年（" + (year - 1) + "年）比较"
                            + othersZh + "。",
                    "In the " + year + " budget, " + label(fact) + " is compared with " + compared + "; it should be with "
                            + "the year before (" + (year - 1) + ")" + othersEn + ".",
                    BigDecimal.valueOf(year - 1), BigDecimal.valueOf(compared), null);
        }
    }

    /** Each printed statement once (documents repeat paragraphs). */
    private static List<NarrativeFact> distinct(List<NarrativeFact> facts) {
        Map<String, NarrativeFact> first = new LinkedHashMap<>();
        for (NarrativeFact fact : facts) {
            if (fact.kind() == null || fact.amount() == null || fact.amount().value() == null) {
                continue;
            }
            String key = String.join("|", fact.kind().name(), String.valueOf(fact.label()), plain(fact.amount()),
                    plain(fact.previous()), plain(fact.change()), plain(fact.percent()), String.valueOf(fact.comparedYear()));
            first.putIfAbsent(key, fact);
        }
        return List.copyOf(first.values());
    }

    private static String plain(PrintedAmount amount) {
        return amount == null || amount.value() == null ? "-" : amount.value().stripTrailingZeros().toPlainString()
                + amount.unit();
    }

    private static Printed printed(PrintedAmount amount) {
        return Printed.of(amount);
    }

    private static String shown(PrintedAmount amount) {
        return StatedFigures.shown(amount);
    }

    private static String label(NarrativeFact fact) {
        return StatedFigures.label(fact, fact.kind().name());
    }
}
