package budget.validator.crossyear;

import budget.model.BudgetSummary;
import budget.model.FactKind;
import budget.model.ParsedBudget;
import budget.model.TableRow;
import budget.model.TableType.Columns;
import budget.validator.engine.Amounts;
import budget.validator.engine.BudgetView;
import budget.validator.engine.CodeTree;
import budget.validator.narrative.StatedFigureRules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A budget's {@link BudgetSummary}: what the tables give for each stated total, and every function code's amounts. */
public final class BudgetSummaries {

    /** The stated totals a later year's prose compares with, in the order they are reported. */
    static final List<FactKind> KINDS = List.of(FactKind.INCOME_TOTAL, FactKind.FISCAL_INCOME, FactKind.BUSINESS_INCOME,
            FactKind.OPERATING_INCOME, FactKind.OTHER_INCOME, FactKind.EXPENSE_TOTAL, FactKind.FISCAL_EXPENSE,
            FactKind.GENERAL_PUBLIC_EXPENSE, FactKind.GOVERNMENT_FUND_EXPENSE, FactKind.STATE_CAPITAL_EXPENSE,
            FactKind.THREE_PUBLIC_TOTAL, FactKind.THREE_PUBLIC_ABROAD, FactKind.THREE_PUBLIC_RECEPTION,
            FactKind.THREE_PUBLIC_VEHICLE_TOTAL, FactKind.THREE_PUBLIC_VEHICLE_PURCHASE,
            FactKind.THREE_PUBLIC_VEHICLE_RUNNING, FactKind.OPERATING_EXPENSES);

    private BudgetSummaries() {
    }

    public static BudgetSummary of(ParsedBudget budget, String documentId, Instant receivedAt) {
        return of(new BudgetView(budget), documentId, receivedAt);
    }

    static BudgetSummary of(BudgetView budget, String documentId, Instant receivedAt) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (FactKind kind : KINDS) {
            StatedFigureRules.tableFigure(budget, kind).ifPresent(yuan -> figures.put(kind.name(), yuan));
        }
        return new BudgetSummary(BudgetSummary.SCHEMA_VERSION, budget.metadata().key(), documentId, receivedAt, figures,
                classes(budget), null, null);
    }

    /** Every code of tables 3, 5, 6 and 7 with its 合计 (table 3) and fiscal spending (tables 5 + 6 + 7). */
    private static List<BudgetSummary.ClassFigure> classes(BudgetView budget) {
        CodeTree t3 = budget.codeTree(3);
        List<CodeTree> funds = new ArrayList<>();
        for (int number : List.of(5, 6, 7)) {
            if (budget.codeTree(number).present()) {
                funds.add(budget.codeTree(number));
            }
        }
        Set<String> codes = new LinkedHashSet<>(t3.codes());
        funds.forEach(tree -> codes.addAll(tree.codes()));
        List<BudgetSummary.ClassFigure> classes = new ArrayList<>();
        for (String code : codes) {
            String name = t3.row(code).map(TableRow::name)
                    .orElseGet(() -> funds.stream().flatMap(t -> t.row(code).stream()).map(TableRow::name).findFirst()
                            .orElse(null));
            BigDecimal fiscal = funds.isEmpty() ? t3.amount(code, Columns.TOTAL)
                    : Amounts.sum(funds, t -> t.amount(code, Columns.TOTAL));
            classes.add(new BudgetSummary.ClassFigure(code, name, t3.amount(code, Columns.TOTAL), fiscal));
        }
        return classes;
    }
}
