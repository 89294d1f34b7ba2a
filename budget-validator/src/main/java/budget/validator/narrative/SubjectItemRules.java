package budget.validator.narrative;

import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.PrintedAmount;
import budget.model.TableType.Columns;
import budget.validator.RuleDescription;
import budget.validator.engine.BudgetView;
import budget.validator.engine.Amounts;
import budget.validator.engine.CodeTree;
import budget.validator.engine.Describe;
import budget.validator.engine.Findings;
import budget.validator.engine.Precision;
import budget.validator.engine.Precision.Agreement;
import budget.validator.engine.RuleSet;
import budget.validator.engine.SubjectLookup;
import budget.validator.engine.Tolerance;
import budget.validator.engine.Where;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of 财政拨款支出主要内容 ({@code “城乡医疗救助”科目3496.59万元}, {@code 卫生健康支出（类）15,539.54 万元},
 * {@code 公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元}) against the fiscal appropriation the function
 * tables give the subject: tables 5 + 6 + 7 (table 3 when the fund tables are missing). The subject is found by
 * {@link SubjectLookup}: by name (exactly, as a former or later name of the code, then by a shorter form), by the
 * printed code, and for a chain level by level from its 类 down. A subject printed under a former name is found
 * and compared; the name itself is NAMES.OUTDATED_CLASS_NAME's business.
 */
public final class SubjectItemRules implements RuleSet {

    public static final RuleDescription SUBJECT_ITEM = RuleDescription.warning("NARRATIVE.SUBJECT_ITEM",
            "编制说明中“…”科目、“…（类）”及“…（类）…（款）…（项）”金额与该科目的财政拨款支出（表5+表6+表7）一致",
            "Each `“…”科目`, `…（类）` or `…（类）…（款）…（项）` amount of the narrative matches the subject's fiscal "
                    + "spending (tables 5+6+7)");
    public static final RuleDescription SUBJECT_UNKNOWN = RuleDescription.warning("NARRATIVE.SUBJECT_UNKNOWN",
            "编制说明列示的科目在功能分类表中存在",
            "Each subject the narrative lists exists in the function tables");

    /** One subject the narrative could mean: a code, its name and its fiscal amount. */
    private record Candidate(String code, String name, BigDecimal fiscalYuan, BigDecimal allFundsYuan,
                             List<Integer> lines) {
    }

    @Override
    public List<RuleDescription> rules() {
        return List.of(SUBJECT_ITEM, SUBJECT_UNKNOWN);
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        List<NarrativeFact> items = StatedFigures.distinct(budget.facts(FactKind.SUBJECT_ITEM));
        SubjectLookup lookup = budget.subjects();
        if (items.isEmpty() || lookup.codes().isEmpty()) {
            return;
        }
        Candidates candidates = new Candidates(budget, lookup);
        findings.checked(SUBJECT_UNKNOWN);
        for (NarrativeFact item : items) {
            List<Candidate> named = lookup.find(item.label()).stream()
                    .map(match -> candidates.of(match.code()))
                    .toList();
            if (named.isEmpty()) {
                findings.report(SUBJECT_UNKNOWN, Where.fact(item, null, null, List.of()),
                        "说明中的科目“" + item.label() + "”（" + StatedFigures.shown(item.amount()) + "）在功能分类表中找不到。",
                        "The narrative lists the subject " + item.label() + " (" + StatedFigures.shown(item.amount())
                                + "), which no function table prints.");
                continue;
            }
            compare(item, closest(item.amount(), named), findings);
        }
    }

    /**
     * The codes of the function tables with their fiscal amount (tables 5+6+7) and all-funds amount (table 3),
     * each made when a subject is first matched to it: the narrative names a few of the tables' codes.
     */
    private static final class Candidates {
        private final CodeTree t3;
        private final List<CodeTree> funds = new ArrayList<>();
        private final SubjectLookup lookup;
        private final Map<String, Candidate> made = new HashMap<>();

        Candidates(BudgetView budget, SubjectLookup lookup) {
            this.t3 = budget.codeTree(3);
            this.lookup = lookup;
            for (int number : List.of(5, 6, 7)) {
                CodeTree tree = budget.codeTree(number);
                if (tree.present()) {
                    funds.add(tree);
                }
            }
        }

        Candidate of(String code) {
            return made.computeIfAbsent(code, this::candidate);
        }

        private Candidate candidate(String code) {
            boolean fiscalKnown = !funds.isEmpty();
            BigDecimal all = t3.amount(code, Columns.TOTAL);
            BigDecimal fiscal = fiscalKnown ? Amounts.sum(funds, t -> t.amount(code, Columns.TOTAL)) : all;
            List<Integer> lines = new ArrayList<>();
            funds.forEach(t -> t.row(code).ifPresent(r -> lines.addAll(r.lines())));
            if (!fiscalKnown) {
                t3.row(code).ifPresent(r -> lines.addAll(r.lines()));
            }
            return new Candidate(code, lookup.nameOf(code), fiscal, all, lines);
        }
    }

    /** Of several subjects with the name (行政运行 under several 款), the one whose amount is nearest. */
    private static Candidate closest(PrintedAmount amount, List<Candidate> named) {
        return named.stream()
                .min(Comparator.comparing(c -> StatedFigures.inUnitOf(amount, c.fiscalYuan()).subtract(amount.value()).abs()))
                .orElseThrow();
    }

    private static void compare(NarrativeFact item, Candidate subject, Findings findings) {
        PrintedAmount amount = item.amount();
        BigDecimal exact = StatedFigures.inUnitOf(amount, subject.fiscalYuan());
        Agreement agreement = Precision.compare(StatedFigures.printed(amount), exact);
        String subjectZh = Describe.codeZh(subject.code(), subject.name());
        String subjectEn = Describe.codeEn(subject.code(), subject.name());
        String hintZh = "";
        String hintEn = "";
        BigDecimal allFunds = StatedFigures.inUnitOf(amount, subject.allFundsYuan());
        if (agreement == Agreement.BROKEN && !Amounts.same(subject.allFundsYuan(), subject.fiscalYuan())
                && Precision.compare(StatedFigures.printed(amount), allFunds) != Agreement.BROKEN) {
            hintZh = "（与表3含非财政拨款的合计 " + Amounts.format(allFunds) + " " + amount.unit() + " 相符）";
            hintEn = " (it matches table 3's all-funds 合计 of " + Amounts.format(allFunds) + " " + amount.unit() + ")";
        }
        Tolerance.judge(findings, agreement, SUBJECT_ITEM, Where.fact(item, subject.code(), null, subject.lines()),
                "说明中“" + item.label() + "”为 " + StatedFigures.shown(amount) + "，" + subjectZh + " 财政拨款支出为 "
                        + Amounts.format(exact) + " " + amount.unit() + hintZh,
                "The narrative states " + item.label() + " as " + StatedFigures.shown(amount) + "; the fiscal spending of "
                        + subjectEn + " is " + Amounts.format(exact) + " " + amount.unit() + hintEn,
                exact, amount.value(), amount.unit());
    }
}
