package budget.validator.crossyear;

import budget.model.BudgetSummary;
import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.PrintedAmount;
import budget.model.TableType.Columns;
import budget.validator.RuleDescription;
import budget.validator.engine.Amounts;
import budget.validator.engine.BudgetView;
import budget.validator.engine.CodeTree;
import budget.validator.engine.Findings;
import budget.validator.engine.Precision;
import budget.validator.engine.Precision.Printed;
import budget.validator.engine.RuleSet;
import budget.validator.engine.SubjectLookup;
import budget.validator.engine.Tolerance;
import budget.validator.engine.Where;
import budget.validator.narrative.StatedFigureRules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What this year's prose says of the previous year's budget, against that budget itself (when the previous year's
 * budget of the same department and kind is known: stored in the pipeline, or given beside it to
 * {@code budget check}). A change stated against the budget ({@code 比2025年预算增加D万元}, {@code 增长Z%},
 * {@code 与2025年预算持平}) must be this year's tables' figure less last year's, within the printed precision; a
 * previous budget figure stated outright ({@code 2025年预算数为X万元}) must be last year's. Totals are matched by
 * what they state (财政拨款收入 with 财政拨款收入, the 三公 cells with table 9), subject items by their code's fiscal
 * spending. Comparisons with the previous year's execution (执行数, 决算) are not checked: execution is not the
 * budget.
 */
public final class CrossYearRules implements RuleSet {

    public static final RuleDescription STATED_CHANGE = RuleDescription.warning("CROSSYEAR.STATED_CHANGE",
            "说明所述与上年预算的增减（增加/减少额、百分比、持平）与上年预算文件相符",
            "A change the prose states against the previous year's budget (amount, percentage, 持平) matches that "
                    + "budget as published");
    public static final RuleDescription PREVIOUS_FIGURE = RuleDescription.warning("CROSSYEAR.PREVIOUS_FIGURE",
            "说明所列上年预算数与上年预算文件一致",
            "A previous-year budget figure the prose states matches the previous year's budget as published");

    private static final MathContext MATH = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<RuleDescription> rules() {
        return List.of(STATED_CHANGE, PREVIOUS_FIGURE);
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        Optional<BudgetSummary> known = budget.previous();
        if (known.isEmpty() || budget.metadata() == null) {
            return;
        }
        BudgetSummary previous = known.get();
        var key = budget.metadata().key();
        if (!previous.budgetKey().equals(new budget.model.BudgetKey(key.departmentKey(), key.kind(), key.year() - 1))) {
            return; // not the year before of this department and kind: nothing to compare
        }
        findings.checked(STATED_CHANGE);
        findings.checked(PREVIOUS_FIGURE);
        SubjectLookup lookup = null;
        for (NarrativeFact fact : distinct(budget.facts())) {
            if (fact.comparedYear() == null || fact.comparedYear() != previous.budgetKey().year()
                    || fact.basis() == NarrativeFact.ComparisonBasis.EXECUTION || fact.amount() == null
                    || !Amounts.TEN_THOUSAND_YUAN.equals(fact.amount().unit())) {
                continue;
            }
            Figure figure;
            if (fact.kind() == FactKind.SUBJECT_ITEM || fact.kind() == FactKind.STATED_CHANGE) {
                lookup = lookup == null ? budget.subjects() : lookup;
                figure = subject(budget, lookup, fact, previous);
            } else {
                figure = total(budget, fact, previous);
            }
            if (figure == null) {
                continue;
            }
            if (fact.previous() != null) {
                previousFigure(fact, figure, previous, findings);
            }
            if (fact.change() != null) {
                change(fact, figure, previous, findings);
            }
            if (fact.percent() != null) {
                percent(fact, figure, previous, findings);
            }
        }
    }

    /** One figure in both years, in yuan, and what it is in words. */
    private record Figure(BigDecimal current, BigDecimal previous, String code, String zh, String en) {
    }

    private static Figure total(BudgetView budget, NarrativeFact fact, BudgetSummary previous) {
        BigDecimal before = previous.figures().get(fact.kind().name());
        Optional<BigDecimal> now = StatedFigureRules.tableFigure(budget, fact.kind());
        if (before == null || now.isEmpty()) {
            return null;
        }
        String label = label(fact);
        return new Figure(now.get(), before, null, "“" + label + "”", label);
    }

    /** A subject's fiscal spending (tables 5 + 6 + 7) in both years, matched by its code. */
    private static Figure subject(BudgetView budget, SubjectLookup lookup, NarrativeFact fact, BudgetSummary previous) {
        if (fact.label() == null) {
            return null;
        }
        List<SubjectLookup.Match> matches = lookup.find(fact.label());
        if (matches.size() != 1) {
            return null; // unknown or ambiguous: the in-document rules say so
        }
        String code = matches.get(0).code();
        Optional<BudgetSummary.ClassFigure> before = previous.classFigure(code);
        if (before.isEmpty()) {
            return null;
        }
        List<CodeTree> funds = new ArrayList<>();
        for (int number : List.of(5, 6, 7)) {
            if (budget.codeTree(number).present()) {
                funds.add(budget.codeTree(number));
            }
        }
        BigDecimal now = funds.isEmpty() ? budget.codeTree(3).amount(code, Columns.TOTAL)
                : Amounts.sum(funds, t -> t.amount(code, Columns.TOTAL));
        return new Figure(now, before.get().fiscal(), code, "“" + label(fact) + "”（" + code + "）",
                label(fact) + " (" + code + ")");
    }

    private static void previousFigure(NarrativeFact fact, Figure figure, BudgetSummary previous, Findings findings) {
        if (fact.basis() != NarrativeFact.ComparisonBasis.BUDGET) {
            return;
        }
        BigDecimal exact = Amounts.toTenThousand(figure.previous());
        int year = previous.budgetKey().year();
        Tolerance.judge(findings, Precision.compare(Printed.of(fact.previous()), exact), PREVIOUS_FIGURE,
                Where.fact(fact, figure.code(), null, List.of()),
                "说明中" + figure.zh() + "的" + year + "年预算数为 " + shown(fact.previous()) + "，" + year + "年预算为 "
                        + Amounts.format(exact) + " 万元",
                "The narrative gives " + figure.en() + "'s " + year + " budget as " + shown(fact.previous()) + "; the "
                        + year + " budget has " + Amounts.format(exact) + " 万元",
                exact, fact.previous().value(), Amounts.TEN_THOUSAND_YUAN);
    }

    private static void change(NarrativeFact fact, Figure figure, BudgetSummary previous, Findings findings) {
        BigDecimal exact = Amounts.toTenThousand(figure.current().subtract(figure.previous()));
        PrintedAmount stated = fact.change();
        // 持平 is printed without a figure: it claims the precision of the figure it is about
        Printed printed = stated.value().signum() == 0 && stated.scale() == 0
                ? new Printed(BigDecimal.ZERO, Math.max(fact.amount().scale(), 0)) : Printed.of(stated);
        int year = previous.budgetKey().year();
        Tolerance.judge(findings, Precision.compare(printed, exact), STATED_CHANGE,
                Where.fact(fact, figure.code(), null, List.of()),
                "说明中" + figure.zh() + "比" + year + "年预算" + words(stated) + "；" + year + "年预算为 "
                        + Amounts.format(Amounts.toTenThousand(figure.previous())) + " 万元，本年为 "
                        + Amounts.format(Amounts.toTenThousand(figure.current())) + " 万元，增减 " + Amounts.signed(exact)
                        + " 万元",
                "The narrative says " + figure.en() + " is " + wordsEn(stated) + " against the " + year + " budget; that "
                        + "budget has " + Amounts.format(Amounts.toTenThousand(figure.previous())) + " 万元 and this one "
                        + Amounts.format(Amounts.toTenThousand(figure.current())) + " 万元, a change of "
                        + Amounts.signed(exact) + " 万元",
                exact, printed.value(), Amounts.TEN_THOUSAND_YUAN);
    }

    private static void percent(NarrativeFact fact, Figure figure, BudgetSummary previous, Findings findings) {
        if (figure.previous().signum() == 0) {
            return; // from 0: 100 % by convention, nothing to compute
        }
        BigDecimal exact = figure.current().subtract(figure.previous()).multiply(HUNDRED).divide(figure.previous(), MATH);
        int year = previous.budgetKey().year();
        Tolerance.judge(findings, Precision.compare(Printed.of(fact.percent()), exact), STATED_CHANGE,
                Where.fact(fact, figure.code(), null, List.of()),
                "说明中" + figure.zh() + "比" + year + "年预算" + words(fact.percent()) + "；按两年预算计算为 "
                        + Amounts.signed(exact.setScale(2, java.math.RoundingMode.HALF_UP)) + "%",
                "The narrative says " + figure.en() + " is " + wordsEn(fact.percent()) + " against the " + year
                        + " budget; the two budgets give " + Amounts.signed(exact.setScale(2, java.math.RoundingMode.HALF_UP))
                        + " %",
                exact, fact.percent().value(), "%");
    }

    private static String words(PrintedAmount change) {
        if (change.value().signum() == 0) {
            return "持平";
        }
        return (change.value().signum() > 0 ? "增加" : "减少") + change.text().replace("-", "") + change.unit();
    }

    private static String wordsEn(PrintedAmount change) {
        if (change.value().signum() == 0) {
            return "unchanged (持平)";
        }
        return (change.value().signum() > 0 ? "up " : "down ") + change.text().replace("-", "") + " " + change.unit();
    }

    /** Each printed statement once. */
    private static List<NarrativeFact> distinct(List<NarrativeFact> facts) {
        Map<String, NarrativeFact> first = new LinkedHashMap<>();
        for (NarrativeFact fact : facts) {
            String key = fact.kind() + "|" + fact.label() + "|" + plain(fact.amount()) + "|" + plain(fact.change()) + "|"
                    + plain(fact.percent()) + "|" + plain(fact.previous()) + "|" + fact.comparedYear();
            first.putIfAbsent(key, fact);
        }
        return List.copyOf(first.values());
    }

    private static String plain(PrintedAmount amount) {
        return amount == null || amount.value() == null ? "-" : amount.value().stripTrailingZeros().toPlainString();
    }

    private static String shown(PrintedAmount amount) {
        return (amount.text() == null ? amount.value().toPlainString() : amount.text()) + " " + amount.unit();
    }

    private static String label(NarrativeFact fact) {
        return fact.label() == null || fact.label().isBlank() ? fact.kind().name() : fact.label().strip();
    }
}
