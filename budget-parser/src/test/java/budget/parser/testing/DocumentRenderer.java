package budget.parser.testing;

import budget.model.BudgetMetadata;
import budget.model.BudgetTable;
import budget.model.GovernmentLevel;
import budget.model.NamedCell;
import budget.model.ParsedBudget;
import budget.model.SummaryItem;
import budget.model.TableRow;
import budget.model.TableStatus;
import budget.model.TableType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders parsed tables back into a minimal budget document in a chosen physical form: a title block, the
 * tables (title, 编制部门, 单位, header, rows, 合计) and, for table 9, the 三公 sentences a real document prints.
 * Amounts are printed in yuan with thousands separators; zero amounts are printed as blank cells.
 */
public final class DocumentRenderer {

    private final Form form;

    public DocumentRenderer(Form form) {
        this.form = form;
    }

    public String render(ParsedBudget budget) {
        BudgetMetadata meta = budget.metadata();
        StringBuilder out = new StringBuilder();
        String level = meta.level() == GovernmentLevel.CITY ? "市级" : "区级";
        out.append(meta.region()).append(meta.year()).append("年").append(level).append("部门预算\n\n");
        out.append("预算主管部门：").append(meta.departmentPrinted()).append("\n\n");
        for (BudgetTable table : budget.tables()) {
            if (table.status() == TableStatus.MISSING) {
                continue;
            }
            out.append(meta.year()).append("年部门").append(titleWords(table.number())).append("\n\n");
            out.append("编制部门：").append(table.preparedBy()).append("\n\n");
            out.append("单位：").append(table.number() == 9 ? "万元" : "元").append("\n\n");
            List<List<String>> header = header(table);
            List<List<String>> rows = switch (table.type().shape()) {
                case CODE -> codeRows(table);
                case SUMMARY -> summaryRows(table);
                case CELLS -> cellRows(table);
            };
            out.append(grid(header, rows, table.number() == 9 ? 0 : codeColumns(table)));
            if (table.note() != null) {
                out.append('\n').append(table.note()).append('\n');
            }
            out.append('\n');
        }
        out.append(threePublicNarrative(budget));
        return out.toString();
    }

    private static String titleWords(int number) {
        return TableType.of(number).titleWords();
    }

    private int codeColumns(BudgetTable table) {
        if (table.type().shape() != TableType.Shape.CODE) {
            return 0;
        }
        if (form == Form.WHOLE_CODES) {
            return 1;
        }
        int levels = table.type().economic() ? 2 : 3;
        return form == Form.MERGED_CODES ? levels - 1 : levels;
    }

    private List<List<String>> header(BudgetTable table) {
        List<List<String>> header = new ArrayList<>();
        switch (table.type().shape()) {
            case CODE -> {
                List<String> line = new ArrayList<>();
                int codes = codeColumns(table);
                line.add(table.type().economic() ? "经济分类科目编码" : "功能分类科目编码");
                for (int i = 1; i < codes; i++) {
                    line.add("");
                }
                line.add(table.type().economic() ? "经济分类科目名称" : "功能分类科目名称");
                line.addAll(table.columns());
                header.add(line);
            }
            case SUMMARY -> {
                List<String> line = new ArrayList<>(List.of("项目", "预算数", "项目"));
                line.addAll(expenseColumns(table));
                header.add(line);
            }
            case CELLS -> {
                header.add(List.of("“三公”经费预算数", "", "", "", "", "", "机关运行经费预算数"));
                header.add(List.of("合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", "", "", ""));
                header.add(List.of("", "", "", "小计", "购置费", "运行费", ""));
            }
        }
        return header;
    }

    private static List<String> expenseColumns(BudgetTable table) {
        for (SummaryItem item : table.items()) {
            if (item.side() == SummaryItem.Side.EXPENSE) {
                return new ArrayList<>(item.amounts().keySet());
            }
        }
        return List.of("预算数");
    }

    private List<List<String>> codeRows(BudgetTable table) {
        List<List<String>> rows = new ArrayList<>();
        int levels = table.type().economic() ? 2 : 3;
        for (TableRow row : table.rows()) {
            List<String> cells = new ArrayList<>();
            List<String> parts = row.codeParts();
            if (form == Form.WHOLE_CODES) {
                cells.add(row.code());
                cells.add(row.name());
            } else if (form == Form.MERGED_CODES) {
                for (int i = 0; i < levels - 1; i++) {
                    cells.add(part(parts, i));
                }
                cells.add(parts.size() == levels ? parts.get(levels - 1) + " " + row.name() : row.name());
            } else {
                for (int i = 0; i < levels; i++) {
                    cells.add(part(parts, i));
                }
                cells.add(row.name());
            }
            for (String column : table.columns()) {
                cells.add(amount(row.amount(column)));
            }
            rows.add(cells);
        }
        if (!table.totals().isEmpty()) {
            List<String> total = new ArrayList<>();
            total.add("合计");
            for (int i = 1; i < codeColumns(table) + 1; i++) {
                total.add("");
            }
            for (String column : table.columns()) {
                total.add(amount(table.totals().getOrDefault(column, BigDecimal.ZERO)));
            }
            rows.add(total);
        }
        return rows;
    }

    private static String part(List<String> parts, int i) {
        return i < parts.size() ? parts.get(i) : "";
    }

    private List<List<String>> summaryRows(BudgetTable table) {
        List<SummaryItem> income = new ArrayList<>();
        List<SummaryItem> expense = new ArrayList<>();
        SummaryItem incomeTotal = null;
        SummaryItem expenseTotal = null;
        for (SummaryItem item : table.items()) {
            boolean total = item.role() == SummaryItem.Role.TOTAL;
            if (item.side() == SummaryItem.Side.INCOME) {
                if (total) {
                    incomeTotal = item;
                } else {
                    income.add(item);
                }
            } else if (total) {
                expenseTotal = item;
            } else {
                expense.add(item);
            }
        }
        int expenseWidth = expenseColumns(table).size();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(income.size(), expense.size()); i++) {
            rows.add(summaryLine(i < income.size() ? income.get(i) : null, i < expense.size() ? expense.get(i) : null,
                    expenseWidth));
        }
        rows.add(summaryLine(incomeTotal, expenseTotal, expenseWidth));
        return rows;
    }

    private static List<String> summaryLine(SummaryItem income, SummaryItem expense, int expenseWidth) {
        List<String> cells = new ArrayList<>();
        cells.add(income == null ? "" : income.label());
        cells.add(income == null ? "" : amount(income.amounts().values().iterator().next()));
        cells.add(expense == null ? "" : expense.label());
        for (int c = 0; c < expenseWidth; c++) {
            cells.add(expense == null ? "" : amount(new ArrayList<>(expense.amounts().values()).get(c)));
        }
        return cells;
    }

    private static List<List<String>> cellRows(BudgetTable table) {
        List<String> cells = new ArrayList<>();
        for (NamedCell cell : table.cells()) {
            cells.add(cell.tenThousandYuan().signum() == 0 ? "" : cell.tenThousandYuan().setScale(2).toPlainString());
        }
        return List.of(cells);
    }

    static String amount(BigDecimal value) {
        if (value.signum() == 0) {
            return "";
        }
        return String.format("%,.2f", value);
    }

    /** The header and rows in this renderer's form. */
    private String grid(List<List<String>> header, List<List<String>> rows, int codeColumns) {
        StringBuilder out = new StringBuilder();
        switch (form) {
            case TAB, MERGED_CODES, WHOLE_CODES -> {
                header.forEach(line -> out.append(String.join("\t", line)).append('\n'));
                rows.forEach(line -> out.append(String.join("\t", line)).append('\n'));
            }
            case PAGE_BREAKS -> {
                header.forEach(line -> out.append(String.join("\t", line)).append('\n'));
                int half = rows.size() / 2;
                for (int i = 0; i < rows.size(); i++) {
                    if (i == half && i > 0) {
                        out.append("\n- 7 -\n\f第 8 页\n");
                        header.forEach(line -> out.append(String.join("\t", line)).append('\n'));
                    }
                    out.append(String.join("\t", rows.get(i))).append('\n');
                }
            }
            case PIPE -> {
                for (int i = 0; i < header.size(); i++) {
                    out.append(pipe(header.get(i)));
                    if (i == 0) {
                        out.append("|").append("---|".repeat(header.get(0).size())).append('\n');
                    }
                }
                rows.forEach(line -> out.append(pipe(line)));
            }
            case SPACED -> {
                header.forEach(line -> out.append(joinFilled(line, " ")).append('\n'));
                rows.forEach(line -> out.append(joinFilled(line, " ")).append('\n'));
            }
            case ONE_PER_LINE -> {
                for (List<String> line : header) {
                    line.stream().filter(c -> !c.isEmpty()).forEach(c -> out.append(c).append('\n'));
                }
                for (List<String> line : rows) {
                    line.stream().filter(c -> !c.isEmpty()).forEach(c -> out.append(c).append('\n'));
                }
            }
            case ALIGNED -> out.append(aligned(header, rows));
        }
        return out.toString();
    }

    private static String pipe(List<String> line) {
        return "| " + String.join(" | ", line) + " |\n";
    }

    private static String joinFilled(List<String> line, String separator) {
        List<String> filled = new ArrayList<>();
        for (String cell : line) {
            if (!cell.isEmpty()) {
                filled.add(cell);
            }
        }
        return String.join(separator, filled);
    }

    /** Fixed-width columns, every cell right-aligned in its column, columns two spaces apart. */
    private static String aligned(List<List<String>> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>(header);
        all.addAll(rows);
        int columns = all.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[columns];
        for (List<String> line : all) {
            for (int c = 0; c < line.size(); c++) {
                width[c] = Math.max(width[c], line.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : all) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = c < line.size() ? line.get(c) : "";
                text.append(" ".repeat(width[c] - cell.length() + 2)).append(cell);
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** The 三公 sentences of 其他相关情况说明, from table 9's cells. */
    private static String threePublicNarrative(ParsedBudget budget) {
        BudgetTable table = budget.table(9);
        if (table.cells().isEmpty()) {
            return "";
        }
        Map<String, String> words = Map.of("total", "“三公”经费预算数为", "abroad", "因公出国（境）费",
                "reception", "公务接待费", "vehicleTotal", "公务用车购置及运行费", "vehiclePurchase", "公务用车购置费",
                "vehicleRunning", "公务用车运行费", "operatingExpenses", "机关运行经费预算为");
        StringBuilder text = new StringBuilder("其他相关情况说明\n\n");
        for (NamedCell cell : table.cells()) {
            text.append(words.get(cell.name())).append(cell.tenThousandYuan().toPlainString()).append("万元。\n\n");
        }
        return text.toString();
    }
}
