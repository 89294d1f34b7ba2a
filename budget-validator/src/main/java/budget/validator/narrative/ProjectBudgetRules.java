package budget.validator.narrative;

import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.PrintedAmount;
import budget.model.TableRow;
import budget.model.TableType.Columns;
import budget.validator.RuleDescription;
import budget.validator.engine.BudgetView;
import budget.validator.engine.Amounts;
import budget.validator.engine.CodeTree;
import budget.validator.engine.Describe;
import budget.validator.engine.Findings;
import budget.validator.engine.Names;
import budget.validator.engine.Precision;
import budget.validator.engine.Precision.Agreement;
import budget.validator.engine.RuleSet;
import budget.validator.engine.Tolerance;
import budget.validator.engine.Where;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A project's 年度预算 (and the amounts of its performance target form) against the table line that funds it.
 * Soft, because the document never says which line that is: a line can fund several projects, and one
 * project several lines. So a project is only reported when a line with a similar name carries almost the
 * same 项目支出 (within {@value #NEAR_PERCENT} %) but not the same amount at the printed precision; a project
 * far from every line is assumed to share its line with others.
 */
public final class ProjectBudgetRules implements RuleSet {

    public static final RuleDescription PROJECT_BUDGET = RuleDescription.warning("NARRATIVE.PROJECT_BUDGET",
            "项目经费说明的年度预算（及绩效目标表金额）与其对应科目的项目支出一致（按名称和金额匹配，软性检查）",
            "A project's 年度预算 (and its performance form amounts) match the 项目支出 of the line that funds it "
                    + "(matched by name and amount; soft)");

    static final int NEAR_PERCENT = 1;
    private static final BigDecimal NEAR = BigDecimal.valueOf(NEAR_PERCENT).movePointLeft(2);

    /** A line that may fund a project: a code with project spending. */
    private record Line(TableRow row, int table, BigDecimal projectYuan) {
    }

    @Override
    public List<RuleDescription> rules() {
        return List.of(PROJECT_BUDGET);
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        List<Line> lines = projectLines(budget);
        if (lines.isEmpty()) {
            return;
        }
        List<NarrativeFact> projects = new ArrayList<>(budget.facts(FactKind.PROJECT_ANNUAL_BUDGET));
        projects.addAll(budget.facts(FactKind.PERFORMANCE_FORM_AMOUNT));
        findings.checked(PROJECT_BUDGET);
        for (NarrativeFact project : StatedFigures.distinct(projects)) {
            check(project, lines, findings);
        }
    }

    private static List<Line> projectLines(BudgetView budget) {
        int number = budget.codeTree(3).present() ? 3 : 5;
        CodeTree tree = budget.codeTree(number);
        if (!tree.present()) {
            return List.of();
        }
        return tree.rows().stream().filter(r -> r.amount(Columns.PROJECT).signum() > 0)
                .map(r -> new Line(r, number, r.amount(Columns.PROJECT))).toList();
    }

    private static void check(NarrativeFact project, List<Line> lines, Findings findings) {
        PrintedAmount amount = project.amount();
        // The same amount on any line settles it, whatever the names say.
        if (lines.stream().anyMatch(l -> agreement(amount, l) == Agreement.EXACT)) {
            return;
        }
        List<Line> similar = lines.stream().filter(l -> Names.sharedBigrams(project.label(), l.row().name()) > 0).toList();
        Optional<Line> tolerated = similar.stream().filter(l -> agreement(amount, l) == Agreement.TOLERATED).findFirst();
        if (tolerated.isPresent()) {
            report(project, tolerated.get(), Agreement.TOLERATED, findings);
            return;
        }
        similar.stream()
                .min(Comparator.comparing(l -> distance(amount, l)))
                .filter(l -> isNear(amount, l))
                .ifPresent(l -> report(project, l, Agreement.BROKEN, findings));
    }

    private static Agreement agreement(PrintedAmount amount, Line line) {
        return Precision.compare(StatedFigures.printed(amount), StatedFigures.inUnitOf(amount, line.projectYuan()));
    }

    private static BigDecimal distance(PrintedAmount amount, Line line) {
        return StatedFigures.inUnitOf(amount, line.projectYuan()).subtract(amount.value()).abs();
    }

    private static boolean isNear(PrintedAmount amount, Line line) {
        BigDecimal exact = StatedFigures.inUnitOf(amount, line.projectYuan());
        return distance(amount, line).compareTo(exact.abs().multiply(NEAR, MathContext.DECIMAL64)) <= 0;
    }

    private static void report(NarrativeFact project, Line line, Agreement agreement, Findings findings) {
        PrintedAmount amount = project.amount();
        BigDecimal exact = StatedFigures.inUnitOf(amount, line.projectYuan());
        String what = project.kind() == FactKind.PERFORMANCE_FORM_AMOUNT ? "绩效目标表金额" : "年度预算";
        String whatEn = project.kind() == FactKind.PERFORMANCE_FORM_AMOUNT ? "performance form amount" : "annual budget";
        Tolerance.judge(findings, agreement, PROJECT_BUDGET,
                Where.fact(project, line.row().code(), null, line.row().lines()),
                "项目“" + project.label() + "”" + what + "为 " + StatedFigures.shown(amount) + "，表" + line.table() + " "
                        + Describe.rowZh(line.row()) + " 项目支出为 " + Amounts.format(exact) + " " + amount.unit(),
                "Project " + project.label() + ": " + whatEn + " " + StatedFigures.shown(amount) + ", table "
                        + line.table() + " " + Describe.rowEn(line.row()) + " has 项目支出 " + Amounts.format(exact)
                        + " " + amount.unit(),
                exact, amount.value(), amount.unit());
    }
}
