package budget.parser.testing;

import budget.model.BudgetTable;
import budget.model.NamedCell;
import budget.model.ParseDiagnostic;
import budget.model.ParsedBudget;
import budget.model.RowPlacement;
import budget.model.SummaryItem;
import budget.model.TableRow;
import budget.model.TableStatus;
import budget.parser.testing.GoldenBudget.Item;
import budget.parser.testing.GoldenBudget.Row;
import budget.parser.testing.GoldenBudget.Table;
import budget.parser.testing.Variation.Zero;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the parser read from a generated document against the golden it was generated from. The rule: a row read as
 * certain ({@code DELIMITED}, {@code POSITION}, {@code IDENTITY}; a summary item or the table 9 row with no
 * diagnostic on its line) must equal the golden. Only where the form lets a blank cell vanish (single spaces, one
 * cell per line) and the row did print a blank cell may the parser instead leave it {@code AMBIGUOUS}, and then a
 * diagnostic must name its line. Codes, names, roles, the number of rows and items, and every table's status are
 * always compared. Where every cell keeps its place (TSV, markdown, layout) no diagnostic may doubt a row or a
 * table. A zero and a blank cell are the same amount.
 */
public final class ReadBack {

    /** One difference; {@code lines} are the generated document's lines it concerns (1-based), for the report. */
    public record Difference(String what, List<Integer> lines) {
        @Override
        public String toString() {
            return what + (lines.isEmpty() ? "" : " (lines " + lines + ")");
        }
    }

    private final GoldenBudget golden;
    private final Variation variation;
    private final ParsedBudget read;
    private final List<Difference> out = new ArrayList<>();

    private ReadBack(GoldenBudget golden, Variation variation, ParsedBudget read) {
        this.golden = golden;
        this.variation = variation;
        this.read = read;
    }

    /** What differs between the golden in the variation's content ({@link Variation#content()}) and the reading. */
    public static List<Difference> differences(GoldenBudget golden, Variation variation, ParsedBudget read) {
        ReadBack check = new ReadBack(variation.content().apply(golden), variation, read);
        check.compare();
        return check.out;
    }

    private void compare() {
        var meta = read.metadata();
        same("departmentPrinted", golden.department(), meta.departmentPrinted(), List.of());
        same("departmentKey", golden.departmentKey(), meta.departmentKey(), List.of());
        same("year", golden.year(), meta.year(), List.of());
        same("kind", golden.kind(), meta.kind(), List.of());
        same("level", golden.level(), meta.level(), List.of());
        same("region", golden.region(), meta.region(), List.of());
        for (Table want : golden.tables()) {
            BudgetTable got = read.table(want.number());
            String where = "T" + want.number();
            if (!same(where + " status", want.status(), got.status(), List.of())
                    || want.status() != TableStatus.PRESENT) {
                continue;
            }
            switch (want.type().shape()) {
                case CODE -> codeTable(where, want, got);
                case SUMMARY -> summary(where, want, got);
                case CELLS -> cells(where, want, got);
            }
        }
        if (!variation.form().dropsBlanks()) {
            // where every cell keeps its place, nothing is uncertain: a doubt on a row or a table would make the
            // validator discount arithmetic that is sound (and hide a real error behind a reading doubt)
            for (ParseDiagnostic d : read.diagnostics()) {
                if (d.table() != null && d.scope() != ParseDiagnostic.Scope.NOTE) {
                    out.add(new Difference("T" + d.table() + " " + d.scope() + " diagnostic though no cell vanished: "
                            + d.reason(), List.of(d.line())));
                }
            }
        }
    }

    private void codeTable(String where, Table want, BudgetTable got) {
        List<String> wantCodes = want.rows().stream().map(Row::code).toList();
        List<String> gotCodes = got.rows().stream().map(TableRow::code).toList();
        if (!wantCodes.equals(gotCodes)) {
            List<String> missing = new ArrayList<>(wantCodes);
            missing.removeAll(gotCodes);
            List<String> extra = new ArrayList<>(gotCodes);
            extra.removeAll(wantCodes);
            List<Integer> lines = got.rows().stream().filter(r -> extra.contains(r.code()))
                    .flatMap(r -> r.lines().stream()).toList();
            out.add(new Difference(where + " codes: missing " + missing + ", not in golden " + extra
                    + (missing.isEmpty() && extra.isEmpty() ? ", another order" : ""), lines));
            return;
        }
        for (int i = 0; i < want.rows().size(); i++) {
            Row w = want.rows().get(i);
            TableRow g = got.rows().get(i);
            String row = where + " " + w.code();
            same(row + " name", w.name(), g.name(), g.lines());
            if (g.placement() == RowPlacement.AMBIGUOUS) {
                if (!printedBlank(w.amounts(), want.columns())) {
                    out.add(new Difference(row + " AMBIGUOUS though no cell vanished: read " + nonZero(g.amounts())
                            + ", golden " + nonZero(w.amounts()), g.lines()));
                } else if (!diagnosed(want.number(), g.lines())) {
                    out.add(new Difference(row + " AMBIGUOUS with no diagnostic on its lines", g.lines()));
                }
            } else if (!nonZero(w.amounts()).equals(nonZero(g.amounts()))) {
                out.add(new Difference(row + " read as " + g.placement() + " " + nonZero(g.amounts()) + ", golden "
                        + nonZero(w.amounts()), g.lines()));
            }
        }
        if (!want.totals().isEmpty()) {
            List<Integer> line = got.totalLine() == null ? List.of() : List.of(got.totalLine());
            boolean excused = printedBlank(want.totals(), want.columns()) && diagnosed(want.number(), line);
            if (!excused && !nonZero(want.totals()).equals(nonZero(got.totals()))) {
                out.add(new Difference(where + " 合计 read " + nonZero(got.totals()) + ", golden "
                        + nonZero(want.totals()), line));
            }
        }
    }

    private void summary(String where, Table want, BudgetTable got) {
        List<Item> wantItems = bySide(want.items(), Item::side);
        List<SummaryItem> gotItems = bySide(got.items(), SummaryItem::side);
        List<String> wantNames = wantItems.stream().map(i -> i.side() + " " + i.role() + " " + i.name()).toList();
        List<String> gotNames = gotItems.stream().map(i -> i.side() + " " + i.role() + " " + i.name()).toList();
        if (!wantNames.equals(gotNames)) {
            List<String> missing = new ArrayList<>(wantNames);
            missing.removeAll(gotNames);
            List<String> extra = new ArrayList<>(gotNames);
            extra.removeAll(wantNames);
            out.add(new Difference(where + " items: missing " + missing + ", not in golden " + extra
                    + (missing.isEmpty() && extra.isEmpty() ? ", another order" : ""),
                    gotItems.stream().map(SummaryItem::line).distinct().toList()));
            return;
        }
        for (int i = 0; i < wantItems.size(); i++) {
            Item w = wantItems.get(i);
            SummaryItem g = gotItems.get(i);
            Map<String, BigDecimal> wantAmounts = nonZero(w.amounts());
            Map<String, BigDecimal> gotAmounts = nonZero(g.amounts());
            boolean uncertain = diagnosed(want.number(), List.of(g.line()));
            if (uncertain && !variation.form().dropsBlanks()) {
                out.add(new Difference(where + " " + w.name() + " reported uncertain though no cell vanished",
                        List.of(g.line())));
            } else if (!uncertain && !wantAmounts.equals(gotAmounts)) {
                out.add(new Difference(where + " " + w.side() + " " + w.name() + " read " + gotAmounts + ", golden "
                        + wantAmounts, List.of(g.line())));
            }
        }
    }

    private void cells(String where, Table want, BudgetTable got) {
        Map<String, BigDecimal> gotCells = new TreeMap<>();
        List<Integer> line = new ArrayList<>();
        for (NamedCell cell : got.cells()) {
            gotCells.put(cell.name(), cell.tenThousandYuan());
            if (line.isEmpty()) {
                line.add(cell.line());
            }
        }
        boolean uncertain = diagnosed(9, line);
        boolean blank = printedBlank(want.cells(), want.cells().keySet());
        if (uncertain && !blank) {
            out.add(new Difference(where + " cells reported uncertain though no cell vanished", line));
        } else if (!uncertain && !nonZero(want.cells()).equals(nonZero(gotCells))) {
            out.add(new Difference(where + " cells read " + nonZero(gotCells) + ", golden " + nonZero(want.cells()),
                    line));
        }
    }

    /** Whether the row printed a blank cell in a form where blank cells vanish. */
    private boolean printedBlank(Map<String, BigDecimal> amounts, Collection<String> columns) {
        if (!variation.form().dropsBlanks() || variation.zero() != Zero.BLANK) {
            return false;
        }
        return columns.stream().anyMatch(c -> amounts.get(c) == null || amounts.get(c).signum() == 0);
    }

    private boolean diagnosed(int table, List<Integer> lines) {
        for (ParseDiagnostic d : read.diagnostics()) {
            if (d.table() != null && d.table() == table && lines.contains(d.line())) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> bySide(List<T> items, java.util.function.Function<T, SummaryItem.Side> side) {
        List<T> sorted = new ArrayList<>();
        items.stream().filter(i -> side.apply(i) == SummaryItem.Side.INCOME).forEach(sorted::add);
        items.stream().filter(i -> side.apply(i) == SummaryItem.Side.EXPENSE).forEach(sorted::add);
        return sorted;
    }

    private static Map<String, BigDecimal> nonZero(Map<String, BigDecimal> amounts) {
        Map<String, BigDecimal> values = new TreeMap<>();
        amounts.forEach((column, value) -> {
            if (value != null && value.signum() != 0) {
                values.put(column, value.stripTrailingZeros());
            }
        });
        return values;
    }

    private boolean same(String what, Object want, Object got, List<Integer> lines) {
        if (!Objects.equals(want, got)) {
            out.add(new Difference(what + ": golden " + want + ", read " + got, lines));
            return false;
        }
        return true;
    }
}
