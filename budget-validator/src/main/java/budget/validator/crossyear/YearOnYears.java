package budget.validator.crossyear;

import budget.model.BudgetSummary;
import budget.model.FactKind;
import budget.model.YearOnYear;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A budget's figures against the previous year's: every stated total and every 类, in yuan. */
public final class YearOnYears {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private YearOnYears() {
    }

    public static YearOnYear of(BudgetSummary current, BudgetSummary previous) {
        List<YearOnYear.FigureChange> totals = new ArrayList<>();
        for (FactKind kind : BudgetSummaries.KINDS) {
            BigDecimal now = current.figures().get(kind.name());
            BigDecimal before = previous.figures().get(kind.name());
            if (now != null || before != null) {
                totals.add(change(kind.name(), null, before, now));
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        current.classes().stream().filter(c -> c.code().length() == 3).forEach(c -> codes.add(c.code()));
        previous.classes().stream().filter(c -> c.code().length() == 3).forEach(c -> codes.add(c.code()));
        List<YearOnYear.FigureChange> classes = new ArrayList<>();
        for (String code : codes) {
            var now = current.classFigure(code);
            var before = previous.classFigure(code);
            String name = now.map(BudgetSummary.ClassFigure::name).orElseGet(() -> before.map(BudgetSummary.ClassFigure::name)
                    .orElse(null));
            classes.add(change(code, name, before.map(BudgetSummary.ClassFigure::total).orElse(null),
                    now.map(BudgetSummary.ClassFigure::total).orElse(null)));
        }
        return new YearOnYear(previous.budgetKey().year(), previous.documentId(), totals, classes);
    }

    private static YearOnYear.FigureChange change(String item, String name, BigDecimal previous, BigDecimal current) {
        BigDecimal before = previous == null ? BigDecimal.ZERO : previous;
        BigDecimal now = current == null ? BigDecimal.ZERO : current;
        BigDecimal change = now.subtract(before);
        BigDecimal percent = before.signum() == 0 ? null
                : change.multiply(HUNDRED).divide(before, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
        return new YearOnYear.FigureChange(item, name, previous, current, change, percent);
    }
}
