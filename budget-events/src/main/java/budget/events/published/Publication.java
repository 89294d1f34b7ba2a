package budget.events.published;

import budget.events.reading.BudgetReading;
import budget.events.reading.ItemReading;
import budget.events.reading.RowReading;
import budget.events.reading.SourcePlace;
import budget.events.reading.TableReading;
import budget.model.BudgetTable;
import budget.model.NamedCell;
import budget.model.NarrativeFact;
import budget.model.PageBox;
import budget.model.ParsedBudget;
import budget.model.SummaryItem;
import budget.model.TableRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reader's budget ({@link ParsedBudget}, the parser's and validator's model) as what the document publishes
 * ({@link PublishedBudget}) and how it was read ({@link BudgetReading}), and back: joining the two parts of a split
 * gives the same budget, so the validator sees exactly what the parser read.
 */
public final class Publication {

    private Publication() {
    }

    /** A parsed budget in its two parts. */
    public record Split(PublishedBudget budget, BudgetReading reading) {
    }

    public static Split split(ParsedBudget parsed) {
        return new Split(publish(parsed), reading(parsed));
    }

    /** What the document publishes, without how it was read. */
    public static PublishedBudget publish(ParsedBudget parsed) {
        List<PublishedTable> tables = parsed.tables().stream().map(Publication::publish).toList();
        List<PublishedFact> facts = parsed.facts().stream().map(f -> new PublishedFact(f.kind(), f.label(), f.amount(),
                f.change(), f.comparedYear(), f.previous(), f.percent(), f.basis())).toList();
        return new PublishedBudget(PublishedMetadata.of(parsed.metadata()), tables, facts);
    }

    /** One table of the reader's model as published. */
    private static PublishedTable publish(BudgetTable table) {
        List<PublishedRow> rows = table.rows().stream().map(r -> new PublishedRow(r.code(), r.codeParts(), r.name(),
                r.nameFilled(), amounts(table, r.amounts()), r.printedCode())).toList();
        List<PublishedItem> items = table.items().stream().map(i -> new PublishedItem(i.side(), i.role(), i.label(),
                i.name(), amounts(table, i.amounts()))).toList();
        List<PublishedCell> cells = table.cells().stream().map(c -> new PublishedCell(c.name(), c.label(), c.printed(),
                c.tenThousandYuan(), c.yuan())).toList();
        List<BigDecimal> totals = inColumnOrder(table, table.totals());
        return new PublishedTable(table.number(), table.title(), table.status(), table.note(), table.preparedBy(),
                table.headerYear(), table.unit(), table.columns(), rows, totals, items, cells);
    }

    /** How the budget was read, entry for entry beside what {@link #publish} gives. */
    public static BudgetReading reading(ParsedBudget parsed) {
        List<TableReading> tables = new ArrayList<>();
        for (BudgetTable table : parsed.tables()) {
            List<RowReading> rows = table.rows().stream().map(r -> new RowReading(r.lines(), r.placement(), r.box(), inColumnOrder(table, r.cellBoxes()))).toList();
            List<ItemReading> items = table.items().stream().map(i -> new ItemReading(i.line(), i.box(),
                    inColumnOrder(table, i.cellBoxes()))).toList();
            List<SourcePlace> cells = table.cells().stream().map(c -> new SourcePlace(c.line(), c.box())).toList();
            tables.add(new TableReading(table.number(), table.lines(), table.totalLine(),
                    inColumnOrder(table, table.totalBoxes()), rows, items, cells));
        }
        List<SourcePlace> facts = parsed.facts().stream().map(f -> new SourcePlace(f.line(), f.box())).toList();
        return new BudgetReading(parsed.metadata().titleLine(), tables, facts, parsed.diagnostics(), parsed.marks());
    }

    /**
     * The reader's budget again from its two parts.
     *
     * @throws IllegalArgumentException when the reading does not follow the budget entry for entry
     */
    public static ParsedBudget join(PublishedBudget budget, BudgetReading reading) {
        if (budget == null || reading == null) {
            throw new IllegalArgumentException("a budget needs both its published part and its reading");
        }
        List<BudgetTable> tables = new ArrayList<>();
        require(budget.tables().size() == reading.tables().size(), "tables", budget.tables().size(),
                reading.tables().size());
        for (int t = 0; t < budget.tables().size(); t++) {
            tables.add(join(budget.tables().get(t), reading.tables().get(t)));
        }
        require(budget.facts().size() == reading.facts().size(), "facts", budget.facts().size(), reading.facts().size());
        List<NarrativeFact> facts = new ArrayList<>();
        for (int f = 0; f < budget.facts().size(); f++) {
            PublishedFact fact = budget.facts().get(f);
            SourcePlace place = reading.facts().get(f);
            facts.add(new NarrativeFact(fact.kind(), fact.label(), fact.amount(), fact.change(), fact.comparedYear(),
                    place.line(), place.box(), fact.previous(), fact.percent(), fact.basis()));
        }
        return new ParsedBudget(budget.metadata().read(reading.titleLine()), tables, facts, reading.diagnostics(),
                reading.marks());
    }

    private static BudgetTable join(PublishedTable table, TableReading reading) {
        if (table.number() != reading.number()) {
            throw new IllegalArgumentException("the reading of table " + reading.number() + " stands where table "
                    + table.number() + " is");
        }
        require(table.rows().size() == reading.rows().size(), "rows of table " + table.number(), table.rows().size(),
                reading.rows().size());
        require(table.items().size() == reading.items().size(), "items of table " + table.number(),
                table.items().size(), reading.items().size());
        require(table.cells().size() == reading.cells().size(), "cells of table " + table.number(),
                table.cells().size(), reading.cells().size());
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            PublishedRow row = table.rows().get(r);
            RowReading read = reading.rows().get(r);
            rows.add(new TableRow(row.code(), row.codeParts(), row.name(), row.nameFilled(),
                    table.byColumn(row.amounts()), read.lines(), read.placement(), row.printedCode(), read.box(),
                    table.byColumn(read.cellBoxes())));
        }
        List<SummaryItem> items = new ArrayList<>();
        for (int i = 0; i < table.items().size(); i++) {
            PublishedItem item = table.items().get(i);
            ItemReading read = reading.items().get(i);
            items.add(new SummaryItem(item.side(), item.role(), item.label(), item.name(),
                    table.byColumn(item.amounts()), read.line(), read.box(), table.byColumn(read.cellBoxes())));
        }
        List<NamedCell> cells = new ArrayList<>();
        for (int c = 0; c < table.cells().size(); c++) {
            PublishedCell cell = table.cells().get(c);
            SourcePlace place = reading.cells().get(c);
            cells.add(new NamedCell(cell.name(), cell.label(), cell.printed(), cell.tenThousandYuan(), cell.yuan(),
                    place.line(), place.box()));
        }
        return new BudgetTable(table.number(), table.title(), table.status(), table.note(), table.preparedBy(),
                table.headerYear(), table.unit(), table.columns(), rows, table.byColumn(table.totals()),
                reading.totalLine(), items, cells, reading.lines(), table.byColumn(reading.totalBoxes()));
    }

    /** A line's amounts, one per column of the table, whether or not it prints any. */
    private static List<BigDecimal> amounts(BudgetTable table, Map<String, BigDecimal> byColumn) {
        List<BigDecimal> amounts = inColumnOrder(table, byColumn);
        return amounts.isEmpty() ? java.util.Collections.nCopies(table.columns().size(), null) : amounts;
    }

    /**
     * Amounts or boxes by column name as one per column of the table, in its order (null where there is none); none
     * at all for none (a table without a 合计 line, a text without page boxes).
     */
    private static <T> List<T> inColumnOrder(BudgetTable table, Map<String, T> byColumn) {
        if (byColumn.isEmpty()) {
            return List.of();
        }
        if (!table.columns().containsAll(byColumn.keySet())) {
            throw new IllegalArgumentException("table " + table.number() + " has no column " + byColumn.keySet()
                    .stream().filter(c -> !table.columns().contains(c)).toList() + " (its columns: " + table.columns()
                    + ")");
        }
        List<T> out = new ArrayList<>(table.columns().size());
        table.columns().forEach(column -> out.add(byColumn.get(column)));
        return out;
    }

    private static void require(boolean aligned, String what, int published, int read) {
        if (!aligned) {
            throw new IllegalArgumentException("the reading does not follow the budget: " + published + " " + what
                    + " published, " + read + " read");
        }
    }
}
