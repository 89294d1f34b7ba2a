package budget.parser.table;

import budget.model.RowIdentity;
import budget.model.SummaryItem.Role;
import budget.model.SummaryItem.Side;
import budget.model.TableType;
import budget.model.TableType.Columns;
import budget.parser.placement.Slot;
import budget.parser.text.Chars;
import budget.parser.text.Diagnostics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads again a summary table (1 or 4) printed one cell per line. Plain pdftotext follows the PDF's text blocks,
 * not its rows: a row's amounts may come before its label, after the next label, or a column's cells may come
 * after the whole table. The labels are certain, and so is what each cell must hold if the budget is sound: the
 * code tables give every class's 合计, 基本支出 and 项目支出 (tables 3, 5–7) and every source's total (table 2). So
 * each cell is filled with the printed amount of that value nearest its label, the split of 基本支出 into 人员经费 and
 * 公用经费 (unit budgets) with the amounts left near the label, and the reading is taken only if it uses every
 * amount printed. Otherwise the amounts stay as they followed their labels and the table is reported in doubt,
 * since a reading that may put numbers in the wrong rows must not look certain.
 */
final class SummaryStreamReading {

    private SummaryStreamReading() {
    }

    static void reread(TableDrafts drafts, Diagnostics diagnostics) {
        boolean codeTablesPlaced = false;
        for (TableType type : List.of(TableType.FINANCIAL_SUMMARY, TableType.FISCAL_SUMMARY)) {
            SummaryTable table = drafts.summary(type);
            if (table == null || table.stream().isEmpty() || holdsAsRead(table)) {
                continue;
            }
            if (!codeTablesPlaced) {
                // the values expected come from the code tables: their rows whose blank cells vanished first
                Placing.placeCodeTables(drafts);
                codeTablesPlaced = true;
            }
            List<SummaryRow> reread = new SummaryStreamReading.Reading(type, table, drafts).read();
            if (reread != null) {
                drafts.replace(type, table.withRows(reread));
                diagnostics.withdraw(type.number()); // every amount is accounted for: the first reading's doubts go
            } else {
                int line = table.stream().get(0).row().line();
                diagnostics.add(line, type.number(), table.stream().get(0).row().label(), "the table is printed one "
                        + "cell per line and its amounts could not all be matched to their rows; read as they follow "
                        + "the labels");
            }
        }
    }

    /**
     * Whether the amounts as they followed their labels already make a sound table: every row fully placed, each
     * side's total the sum of its items in every column, income equal to expense, and each expense row's 合计 the
     * sum of its parts. Then the reading order was the rows' order, and the table is kept as read.
     */
    private static boolean holdsAsRead(SummaryTable table) {
        for (SummaryTable.Streamed streamed : table.stream()) {
            if (!streamed.row().slot().determined() || streamed.amounts().size() > streamed.row().columns().size()) {
                return false;
            }
        }
        for (SummaryRow row : table.rows()) {
            if (row.side() == Side.EXPENSE && !partsAddUp(table.expenseColumns(), row.slot().best())) {
                return false;
            }
        }
        BigDecimal[] incomeTotal = sideTotal(table.rows(), Side.INCOME, table.incomeColumns().size());
        BigDecimal[] expenseTotal = sideTotal(table.rows(), Side.EXPENSE, table.expenseColumns().size());
        return incomeTotal != null && expenseTotal != null && incomeTotal[0].compareTo(expenseTotal[0]) == 0;
    }

    /** Whether the items of one side add up to its total in every column; null when the side prints no total. */
    static Boolean itemsAddUp(List<SummaryRow> rows, Side side, int columns) {
        boolean anyTotal = rows.stream().anyMatch(row -> row.side() == side && row.role() == Role.TOTAL);
        return anyTotal ? sideTotal(rows, side, columns) != null : null;
    }

    /** The side's total when its items add up to it in every column (each row at its best placement), else null. */
    private static BigDecimal[] sideTotal(List<SummaryRow> rows, Side side, int columns) {
        BigDecimal[] items = new BigDecimal[columns];
        Arrays.fill(items, BigDecimal.ZERO);
        BigDecimal[] total = null;
        for (SummaryRow row : rows) {
            if (row.side() != side) {
                continue;
            }
            BigDecimal[] values = row.slot().best();
            if (row.role() == Role.TOTAL) {
                total = values;
            } else if (row.role() == Role.ITEM) {
                for (int c = 0; c < items.length && c < values.length; c++) {
                    items[c] = items[c].add(values[c]);
                }
            }
        }
        return total != null && Arrays.equals(strip(total), strip(items)) ? total : null;
    }

    /** An expense row's total is the sum of its parts, where the row has parts ({@link RowIdentity#over}). */
    private static boolean partsAddUp(List<String> columns, BigDecimal[] values) {
        return RowIdentity.over(columns).map(identity -> identity.holds(column -> {
            int index = columns.indexOf(column);
            return index < 0 || index >= values.length ? null : values[index];
        })).orElse(true);
    }

    private static BigDecimal[] strip(BigDecimal[] values) {
        BigDecimal[] out = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].stripTrailingZeros();
        }
        return out;
    }

    /** One printed amount and where it sits in the reading order. */
    private record Token(BigDecimal value, int position, int line) {
    }

    private static final class Reading {

        private final TableType type;
        private final SummaryTable table;
        private final TableDrafts drafts;
        private final List<Token> tokens = new ArrayList<>();
        private final int[] labelPositions;
        private boolean[] used;

        Reading(TableType type, SummaryTable table, TableDrafts drafts) {
            this.type = type;
            this.table = table;
            this.drafts = drafts;
            this.labelPositions = new int[table.stream().size()];
            int position = 0;
            for (int r = 0; r < table.stream().size(); r++) {
                SummaryTable.Streamed streamed = table.stream().get(r);
                labelPositions[r] = position++;
                for (int a = 0; a < streamed.amounts().size(); a++) {
                    tokens.add(new Token(streamed.amounts().get(a), position++, streamed.lines().get(a)));
                }
            }
        }

        /** The rows read again, in the table's row order; null when the reading does not account for every amount. */
        List<SummaryRow> read() {
            used = new boolean[tokens.size()];
            List<BigDecimal[]> values = new ArrayList<>();
            for (int r = 0; r < table.stream().size(); r++) {
                SummaryRow row = table.stream().get(r).row();
                BigDecimal[] expected = expected(row);
                if (expected == null) {
                    return null;
                }
                BigDecimal[] placed = new BigDecimal[expected.length];
                for (int c = 0; c < expected.length; c++) {
                    if (expected[c] == null) {
                        continue; // a part of 基本支出, filled below
                    }
                    if (expected[c].signum() == 0) {
                        placed[c] = BigDecimal.ZERO;
                        takeNearest(BigDecimal.ZERO, r); // a printed 0.00, if there is one near
                        continue;
                    }
                    if (!takeNearest(expected[c], r)) {
                        return null;
                    }
                    placed[c] = expected[c];
                }
                values.add(placed);
            }
            if (!splitBasic(values)) {
                return null;
            }
            for (int t = 0; t < tokens.size(); t++) {
                if (!used[t] && tokens.get(t).value().signum() != 0) {
                    return null;
                }
            }
            List<SummaryRow> rows = new ArrayList<>();
            for (SummaryRow row : table.rows()) {
                int r = indexOf(row);
                rows.add(r < 0 ? row : new SummaryRow(row.side(), row.role(), row.label(), row.name(), row.line(),
                        row.columns(), Slot.unplaced(row.label(), List.<BigDecimal[]>of(values.get(r)))));
            }
            return rows;
        }

        private int indexOf(SummaryRow row) {
            for (int r = 0; r < table.stream().size(); r++) {
                if (table.stream().get(r).row() == row) {
                    return r;
                }
            }
            return -1;
        }

        /** Takes the unused amount of this value nearest the row's label, preferring those after it. */
        private boolean takeNearest(BigDecimal value, int row) {
            int label = labelPositions[row];
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int t = 0; t < tokens.size(); t++) {
                Token token = tokens.get(t);
                if (used[t] || token.value().compareTo(value) != 0) {
                    continue;
                }
                int distance = token.position() > label ? token.position() - label : 2 * (label - token.position()) + 1;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = t;
                }
            }
            if (best < 0) {
                return false;
            }
            used[best] = true;
            return true;
        }

        /**
         * 人员经费 and 公用经费 of a unit budget's expense rows: the amounts left after the row's label (in order), else
         * two amounts left anywhere that add up to its 基本支出; the column sums over the items must then hold.
         */
        private boolean splitBasic(List<BigDecimal[]> values) {
            List<String> columns = table.expenseColumns();
            int personnel = columns.indexOf(Columns.PERSONNEL);
            int publicUse = columns.indexOf(Columns.PUBLIC_USE);
            if (personnel < 0 || publicUse < 0) {
                return true;
            }
            // first the rows whose own amounts give the split, then the rest from what is left
            List<Integer> open = new ArrayList<>();
            for (int r = 0; r < values.size(); r++) {
                if (table.stream().get(r).row().side() == Side.EXPENSE && values.get(r)[personnel] == null
                        && !fromOwnAmounts(r, values.get(r), personnel, publicUse)) {
                    open.add(r);
                }
            }
            for (int r : open) {
                if (!byBasicSum(values.get(r), basicOf(table.stream().get(r).row()), personnel, publicUse)) {
                    return false;
                }
            }
            return columnSumsHold(values, personnel) && columnSumsHold(values, publicUse);
        }

        /** The unused amounts printed between this label and the next, when there are exactly two or one. */
        private boolean fromOwnAmounts(int r, BigDecimal[] row, int personnel, int publicUse) {
            int from = labelPositions[r];
            int to = r + 1 < labelPositions.length ? labelPositions[r + 1] : Integer.MAX_VALUE;
            List<Integer> own = new ArrayList<>();
            for (int t = 0; t < tokens.size(); t++) {
                int position = tokens.get(t).position();
                if (!used[t] && position > from && position < to && tokens.get(t).value().signum() != 0) {
                    own.add(t);
                }
            }
            BigDecimal basic = basicOf(table.stream().get(r).row());
            if (own.size() == 2 || own.size() == 1 && basic != null
                    && tokens.get(own.get(0)).value().compareTo(basic) == 0) {
                row[personnel] = tokens.get(own.get(0)).value();
                row[publicUse] = own.size() == 2 ? tokens.get(own.get(1)).value() : BigDecimal.ZERO;
                own.forEach(t -> used[t] = true);
                return true;
            }
            if (own.isEmpty() && basic != null && basic.signum() == 0) {
                row[personnel] = BigDecimal.ZERO;
                row[publicUse] = BigDecimal.ZERO;
                return true;
            }
            return false;
        }

        /** Two unused amounts (or one and a blank) that add up to the row's 基本支出, the nearest such pair. */
        private boolean byBasicSum(BigDecimal[] row, BigDecimal basic, int personnel, int publicUse) {
            if (basic == null) {
                return false;
            }
            int bestA = -1;
            int bestB = -1;
            int bestSpan = Integer.MAX_VALUE;
            for (int a = 0; a < tokens.size(); a++) {
                if (used[a]) {
                    continue;
                }
                if (tokens.get(a).value().compareTo(basic) == 0 && bestSpan > 0) {
                    bestA = a;
                    bestB = -1;
                    bestSpan = 0;
                }
                for (int b = a + 1; b < tokens.size(); b++) {
                    if (!used[b] && tokens.get(a).value().add(tokens.get(b).value()).compareTo(basic) == 0
                            && b - a < bestSpan) {
                        bestA = a;
                        bestB = b;
                        bestSpan = b - a;
                    }
                }
            }
            if (bestA < 0) {
                return false;
            }
            row[personnel] = tokens.get(bestA).value();
            row[publicUse] = bestB < 0 ? BigDecimal.ZERO : tokens.get(bestB).value();
            used[bestA] = true;
            if (bestB >= 0) {
                used[bestB] = true;
            }
            return true;
        }

        private boolean columnSumsHold(List<BigDecimal[]> values, int column) {
            BigDecimal items = BigDecimal.ZERO;
            BigDecimal total = null;
            for (int r = 0; r < values.size(); r++) {
                SummaryRow row = table.stream().get(r).row();
                if (row.side() != Side.EXPENSE) {
                    continue;
                }
                if (row.role() == Role.TOTAL) {
                    total = values.get(r)[column];
                } else if (row.role() == Role.ITEM) {
                    items = items.add(values.get(r)[column]);
                }
            }
            return total == null || total.compareTo(items) == 0;
        }

        /** What each cell of the row holds in a sound budget, from the code tables; null where they do not say. */
        private BigDecimal[] expected(SummaryRow row) {
            List<String> columns = row.columns();
            BigDecimal[] out = new BigDecimal[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                String column = columns.get(c);
                if (column.equals(Columns.PERSONNEL) || column.equals(Columns.PUBLIC_USE)) {
                    out[c] = null;
                    continue;
                }
                BigDecimal value = row.side() == Side.INCOME ? income(row) : expense(row, column);
                if (value == null) {
                    return null;
                }
                out[c] = value;
            }
            return out;
        }

        private BigDecimal income(SummaryRow row) {
            String name = Chars.squeeze(row.name());
            if (type == TableType.FISCAL_SUMMARY) {
                return row.role() == Role.TOTAL ? fundTotal(null) : fundTotal(fundOf(name));
            }
            CodeTable income = drafts.code(TableType.INCOME);
            if (row.role() == Role.SUB_ITEM) {
                return fundTotal(fundOf(name));
            }
            if (income == null || income.total() == null) {
                return null;
            }
            String column = row.role() == Role.TOTAL ? Columns.TOTAL
                    : List.of(Columns.FISCAL_APPROPRIATION, Columns.BUSINESS_INCOME, Columns.OPERATING_INCOME,
                    Columns.OTHER_INCOME).stream().filter(name::contains).findFirst().orElse(null);
            return column == null ? null : value(income, income.total(), column);
        }

        /** Table 5, 6 or 7 by the words of an income source; null when the words name none. */
        private static TableType fundOf(String name) {
            if (name.contains("一般公共预算")) {
                return TableType.GENERAL_PUBLIC;
            }
            if (name.contains("政府性基金")) {
                return TableType.GOVERNMENT_FUND;
            }
            if (name.contains("国有资本经营")) {
                return TableType.STATE_CAPITAL;
            }
            return null;
        }

        /** The 合计 of a fund's table (0 when it prints no rows), or of all three when fund is null. */
        private BigDecimal fundTotal(TableType fund) {
            if (fund == null) {
                BigDecimal sum = BigDecimal.ZERO;
                for (TableType each : List.of(TableType.GENERAL_PUBLIC, TableType.GOVERNMENT_FUND, TableType.STATE_CAPITAL)) {
                    BigDecimal one = fundTotal(each);
                    if (one == null) {
                        return null;
                    }
                    sum = sum.add(one);
                }
                return sum;
            }
            CodeTable table = drafts.code(fund);
            if (table == null) {
                return drafts.frame(fund) == null ? null : BigDecimal.ZERO;
            }
            if (table.total() == null) {
                return table.rows().isEmpty() ? BigDecimal.ZERO : null;
            }
            return value(table, table.total(), Columns.TOTAL);
        }

        private BigDecimal expense(SummaryRow row, String column) {
            if (type == TableType.FINANCIAL_SUMMARY) {
                CodeTable expense = drafts.code(TableType.EXPENSE);
                if (expense == null) {
                    return null;
                }
                String own = column.equals(Columns.BUDGET) ? Columns.TOTAL : column;
                CodeRow source = row.role() == Role.TOTAL ? expense.total() : classRow(expense, row.name());
                return source == null ? (row.role() == Role.TOTAL ? null : BigDecimal.ZERO) : value(expense, source, own);
            }
            if (column.equals(Columns.TOTAL)) {
                BigDecimal sum = BigDecimal.ZERO;
                for (TableType fund : List.of(TableType.GENERAL_PUBLIC, TableType.GOVERNMENT_FUND, TableType.STATE_CAPITAL)) {
                    BigDecimal one = fundValue(fund, row);
                    if (one == null) {
                        return null;
                    }
                    sum = sum.add(one);
                }
                return sum;
            }
            TableType fund = switch (column) {
                case Columns.GENERAL_PUBLIC -> TableType.GENERAL_PUBLIC;
                case Columns.GOVERNMENT_FUND -> TableType.GOVERNMENT_FUND;
                case Columns.STATE_CAPITAL -> TableType.STATE_CAPITAL;
                default -> null;
            };
            return fund == null ? null : fundValue(fund, row);
        }

        private BigDecimal fundValue(TableType fund, SummaryRow row) {
            if (row.role() == Role.TOTAL) {
                return fundTotal(fund);
            }
            CodeTable table = drafts.code(fund);
            if (table == null) {
                return drafts.frame(fund) == null ? null : BigDecimal.ZERO;
            }
            CodeRow source = classRow(table, row.name());
            return source == null ? BigDecimal.ZERO : value(table, source, Columns.TOTAL);
        }

        /** The 类 row of this name; null when the table has none (and no 类 without a name that could be it). */
        private static CodeRow classRow(CodeTable table, String name) {
            String wanted = Chars.squeeze(name);
            for (CodeRow row : table.rows()) {
                if (row.code().level() == 1 && row.name() != null && Chars.squeeze(row.name()).equals(wanted)) {
                    return row;
                }
            }
            return null;
        }

        private BigDecimal value(CodeTable table, CodeRow row, String column) {
            int index = table.column(column);
            if (index < 0 || !sameUnit(table)) {
                return null;
            }
            return row.slot().agreed(index);
        }

        private boolean sameUnit(CodeTable other) {
            return java.util.Objects.equals(other.frame().unit(), table.frame().unit());
        }

        private BigDecimal basicOf(SummaryRow row) {
            CodeTable expense = drafts.code(TableType.EXPENSE);
            if (expense == null) {
                return null;
            }
            CodeRow source = row.role() == Role.TOTAL ? expense.total() : classRow(expense, row.name());
            return source == null ? BigDecimal.ZERO : value(expense, source, Columns.BASIC);
        }

        @Override
        public String toString() {
            return type + " " + Arrays.toString(labelPositions);
        }
    }
}

