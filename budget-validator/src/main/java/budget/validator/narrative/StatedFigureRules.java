package budget.validator.narrative;

import budget.model.ThreePublicCells;
import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.PrintedAmount;
import budget.model.SummaryItem.Side;
import budget.model.TableType.Columns;
import budget.validator.RuleDescription;
import budget.validator.engine.BudgetView;
import budget.validator.engine.Amounts;
import budget.validator.engine.CodeTree;
import budget.validator.engine.Findings;
import budget.validator.engine.Fund;
import budget.validator.engine.IncomeKind;
import budget.validator.engine.Precision;
import budget.validator.engine.Precision.Printed;
import budget.validator.engine.RuleSet;
import budget.validator.engine.SummaryTable;
import budget.validator.engine.ThreePublicTable;
import budget.validator.engine.Tolerance;
import budget.validator.engine.Where;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The figures the narrative states (in 万元, at their printed precision) against the tables: the stated
 * totals, 三公 and 机关运行经费 against table 9, procurement adding up, and the funds of the projects with
 * performance targets against project spending.
 */
public final class StatedFigureRules implements RuleSet {

    public static final RuleDescription STATED_TOTAL = RuleDescription.warning("NARRATIVE.STATED_TOTAL",
            "编制说明中的收支总数（收入预算、财政拨款收入、支出预算、一般公共预算拨款支出等）与表格一致",
            "The totals the narrative states (收入预算, 财政拨款收入, 支出预算, 一般公共预算 ...) match the tables");
    public static final RuleDescription THREE_PUBLIC = RuleDescription.warning("NARRATIVE.THREE_PUBLIC",
            "“三公”经费说明中的各数与表9一致", "The 三公 figures of the narrative match table 9");
    public static final RuleDescription OPERATING_EXPENSES = RuleDescription.warning("NARRATIVE.OPERATING_EXPENSES",
            "机关运行经费说明与表9一致", "The narrative's 机关运行经费 matches table 9");
    public static final RuleDescription PROCUREMENT_SUM = RuleDescription.warning("NARRATIVE.PROCUREMENT_SUM",
            "政府采购预算 = 货物 + 工程 + 服务", "Procurement total = goods + works + services");
    public static final RuleDescription PERFORMANCE_FUNDS = RuleDescription.warning("NARRATIVE.PERFORMANCE_FUNDS",
            "绩效目标涉及的项目预算资金与表3项目支出合计一致（软性检查）",
            "The funds of the projects with performance targets match table 3's 项目支出 total (soft)");

    /** Where a stated figure is printed in the tables. */
    private record Reference(BigDecimal yuan, String placeZh, String placeEn, List<Integer> lines) {
    }

    private static final Map<FactKind, String> THREE_PUBLIC_CELLS = Map.of(
            FactKind.THREE_PUBLIC_TOTAL, ThreePublicCells.TOTAL,
            FactKind.THREE_PUBLIC_ABROAD, ThreePublicCells.ABROAD,
            FactKind.THREE_PUBLIC_RECEPTION, ThreePublicCells.RECEPTION,
            FactKind.THREE_PUBLIC_VEHICLE_TOTAL, ThreePublicCells.VEHICLE_TOTAL,
            FactKind.THREE_PUBLIC_VEHICLE_PURCHASE, ThreePublicCells.VEHICLE_PURCHASE,
            FactKind.THREE_PUBLIC_VEHICLE_RUNNING, ThreePublicCells.VEHICLE_RUNNING);

    @Override
    public List<RuleDescription> rules() {
        return List.of(STATED_TOTAL, THREE_PUBLIC, OPERATING_EXPENSES, PROCUREMENT_SUM, PERFORMANCE_FUNDS);
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        List<NarrativeFact> facts = StatedFigures.distinct(budget.facts());
        for (NarrativeFact fact : facts) {
            statedTotal(budget, fact).ifPresent(reference -> compare(STATED_TOTAL, fact, reference, findings));
        }
        threePublic(budget, facts, findings);
        procurement(facts, findings);
        performanceFunds(budget, facts, findings);
    }

    /**
     * The tables' figure, in yuan, for what a stated total of this kind states (收入预算 → table 1's 收入总计, …;
     * the 三公 kinds and 机关运行经费 → table 9); empty where the tables give none.
     */
    public static Optional<BigDecimal> tableFigure(BudgetView budget, FactKind kind) {
        String cell = kind == FactKind.OPERATING_EXPENSES ? ThreePublicCells.OPERATING_EXPENSES : THREE_PUBLIC_CELLS.get(kind);
        if (cell != null) {
            ThreePublicTable t9 = budget.threePublic();
            return t9.present() && t9.cell(cell).isPresent()
                    ? Optional.of(t9.printed(cell).value().movePointRight(4)) : Optional.empty();
        }
        return statedTotal(budget, kind).map(Reference::yuan);
    }

    private static Optional<Reference> statedTotal(BudgetView budget, NarrativeFact fact) {
        return statedTotal(budget, fact.kind());
    }

    private static Optional<Reference> statedTotal(BudgetView budget, FactKind kind) {
        SummaryTable t1 = budget.summary(1);
        SummaryTable t4 = budget.summary(4);
        CodeTree t2 = budget.codeTree(2);
        CodeTree t3 = budget.codeTree(3);
        return switch (kind) {
            case INCOME_TOTAL -> summaryTotal(t1, Side.INCOME).or(() -> codeTotal(t2, Columns.TOTAL));
            case FISCAL_INCOME -> income(t1, IncomeKind.FISCAL).or(() -> codeTotal(t2, Columns.FISCAL_APPROPRIATION));
            case BUSINESS_INCOME -> income(t1, IncomeKind.BUSINESS).or(() -> codeTotal(t2, Columns.BUSINESS_INCOME));
            case OPERATING_INCOME -> income(t1, IncomeKind.OPERATING).or(() -> codeTotal(t2, Columns.OPERATING_INCOME));
            case OTHER_INCOME -> income(t1, IncomeKind.OTHER).or(() -> codeTotal(t2, Columns.OTHER_INCOME));
            case EXPENSE_TOTAL -> summaryTotal(t1, Side.EXPENSE).or(() -> codeTotal(t3, Columns.TOTAL));
            case FISCAL_EXPENSE -> fundTotal(t4, Columns.TOTAL).or(() -> fiscalFromFunctionTables(budget));
            case GENERAL_PUBLIC_EXPENSE -> fundExpense(budget, t4, Fund.GENERAL_PUBLIC);
            case GOVERNMENT_FUND_EXPENSE -> fundExpense(budget, t4, Fund.GOVERNMENT_FUND);
            case STATE_CAPITAL_EXPENSE -> fundExpense(budget, t4, Fund.STATE_CAPITAL);
            default -> Optional.empty();
        };
    }

    private static Optional<Reference> summaryTotal(SummaryTable table, Side side) {
        if (!table.present()) {
            return Optional.empty();
        }
        return table.total(side).map(item -> new Reference(SummaryTable.budget(item),
                "表" + table.number() + SummaryTable.nameOf(item), "table " + table.number() + "'s " + SummaryTable.nameOf(item),
                List.of(item.line())));
    }

    private static Optional<Reference> income(SummaryTable t1, IncomeKind kind) {
        if (!t1.present()) {
            return Optional.empty();
        }
        return t1.incomeItem(kind).map(item -> new Reference(SummaryTable.budget(item),
                "表1" + kind.printedName(), "table 1's " + kind.printedName(), List.of(item.line())));
    }

    private static Optional<Reference> codeTotal(CodeTree tree, String column) {
        if (!tree.present()) {
            return Optional.empty();
        }
        List<Integer> lines = tree.table().totalLine() == null ? List.of() : List.of(tree.table().totalLine());
        return Optional.of(new Reference(tree.total(column), "表" + tree.number() + "合计「" + column + "」",
                "table " + tree.number() + "'s 合计, column " + column, lines));
    }

    private static Optional<Reference> fundTotal(SummaryTable t4, String column) {
        if (!t4.present()) {
            return Optional.empty();
        }
        return t4.total(Side.EXPENSE).map(item -> new Reference(item.amount(column),
                "表4支出总计「" + column + "」", "table 4's 支出总计, column " + column, List.of(item.line())));
    }

    private static Optional<Reference> fundExpense(BudgetView budget, SummaryTable t4, Fund fund) {
        return fundTotal(t4, fund.column()).or(() -> codeTotal(budget.codeTree(fund.functionTable()),
                Columns.TOTAL));
    }

    private static Optional<Reference> fiscalFromFunctionTables(BudgetView budget) {
        List<CodeTree> trees = List.of(budget.codeTree(5), budget.codeTree(6),
                budget.codeTree(7));
        if (!trees.get(0).present()) {
            return Optional.empty();
        }
        return Optional.of(new Reference(Amounts.sum(trees, t -> t.total(Columns.TOTAL)), "表5+表6+表7合计",
                "tables 5+6+7 合计", List.of()));
    }

    private static void compare(RuleDescription rule, NarrativeFact fact, Reference reference, Findings findings) {
        PrintedAmount amount = fact.amount();
        BigDecimal exact = StatedFigures.inUnitOf(amount, reference.yuan());
        String label = StatedFigures.label(fact, fact.kind().name());
        Tolerance.judge(findings, Precision.compare(StatedFigures.printed(amount), exact), rule,
                Where.fact(fact, null, null, reference.lines()),
                "说明中“" + label + "”为 " + StatedFigures.shown(amount) + "，" + reference.placeZh() + "为 "
                        + Amounts.format(exact) + " " + amount.unit(),
                "The narrative states " + label + " as " + StatedFigures.shown(amount) + "; " + reference.placeEn()
                        + " is " + Amounts.format(exact) + " " + amount.unit(),
                exact, amount.value(), amount.unit());
    }

    private static void threePublic(BudgetView budget, List<NarrativeFact> facts, Findings findings) {
        ThreePublicTable t9 = budget.threePublic();
        if (!t9.present()) {
            return;
        }
        for (NarrativeFact fact : facts) {
            String cell = fact.kind() == FactKind.OPERATING_EXPENSES ? ThreePublicCells.OPERATING_EXPENSES
                    : THREE_PUBLIC_CELLS.get(fact.kind());
            if (cell == null) {
                continue;
            }
            RuleDescription rule = fact.kind() == FactKind.OPERATING_EXPENSES ? OPERATING_EXPENSES : THREE_PUBLIC;
            BigDecimal yuan = t9.printed(cell).value().movePointRight(4);
            compare(rule, fact, new Reference(yuan, "表9「" + t9.label(cell) + "」", "table 9's " + t9.label(cell),
                    t9.lines(cell)), findings);
        }
    }

    private static void procurement(List<NarrativeFact> facts, Findings findings) {
        Optional<NarrativeFact> total = first(facts, FactKind.PROCUREMENT_TOTAL);
        List<NarrativeFact> parts = new ArrayList<>();
        for (FactKind kind : List.of(FactKind.PROCUREMENT_GOODS, FactKind.PROCUREMENT_WORKS, FactKind.PROCUREMENT_SERVICES)) {
            first(facts, kind).ifPresent(parts::add);
        }
        if (total.isEmpty() || parts.isEmpty()) {
            return;
        }
        // Parts printed in another unit than the total are compared in yuan, with their precision moved along.
        boolean sameUnit = parts.stream().allMatch(p -> p.amount().unit().equals(total.get().amount().unit()));
        Function<NarrativeFact, Printed> printed = sameUnit ? f -> StatedFigures.printed(f.amount()) : StatedFigureRules::inYuan;
        Printed printedTotal = printed.apply(total.get());
        List<Printed> printedParts = parts.stream().map(printed).toList();
        BigDecimal expected = printedParts.stream().map(Printed::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        String unit = sameUnit ? total.get().amount().unit() : Amounts.YUAN;
        String partsText = String.join(" + ", parts.stream().map(p -> StatedFigures.shown(p.amount())).toList());
        Tolerance.judge(findings, Precision.compareSum(printedTotal, printedParts), PROCUREMENT_SUM,
                Where.fact(total.get(), null, null, parts.stream().map(NarrativeFact::line).toList()),
                "说明中政府采购预算为 " + StatedFigures.shown(total.get().amount()) + "，货物、工程、服务之和为 " + partsText
                        + " = " + Amounts.format(expected) + " " + unit,
                "The narrative states procurement of " + StatedFigures.shown(total.get().amount())
                        + "; goods + works + services = " + partsText + " = " + Amounts.format(expected) + " " + unit,
                expected, printedTotal.value(), unit);
    }

    private static void performanceFunds(BudgetView budget, List<NarrativeFact> facts, Findings findings) {
        CodeTree projects = budget.codeTree(3);
        if (!projects.present()) {
            projects = budget.codeTree(5);
        }
        if (!projects.present()) {
            return;
        }
        List<Integer> lines = projects.table().totalLine() == null ? List.of() : List.of(projects.table().totalLine());
        for (NarrativeFact fact : facts) {
            if (fact.kind() == FactKind.PERFORMANCE_FUNDS) {
                compare(PERFORMANCE_FUNDS, fact, new Reference(projects.total(Columns.PROJECT),
                        "表" + projects.number() + "项目支出合计", "table " + projects.number() + "'s 项目支出 total",
                        lines), findings);
            }
        }
    }

    private static Optional<NarrativeFact> first(List<NarrativeFact> facts, FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).findFirst();
    }

    private static Printed inYuan(NarrativeFact fact) {
        PrintedAmount amount = fact.amount();
        return Amounts.TEN_THOUSAND_YUAN.equals(amount.unit())
                ? new Printed(amount.value().movePointRight(4), amount.scale() - 4)
                : StatedFigures.printed(amount);
    }
}
