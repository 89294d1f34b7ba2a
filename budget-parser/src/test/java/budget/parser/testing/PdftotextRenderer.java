package budget.parser.testing;

import budget.model.BudgetMetadata;
import budget.model.BudgetTable;
import budget.model.GovernmentLevel;
import budget.model.ParsedBudget;
import budget.model.TableRow;
import budget.model.TableStatus;
import budget.model.TableType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Renders a budget's code tables one cell per line in the orders plain pdftotext prints them: every cell its own
 * block (a blank line after it), a wrapped name as two lines of one block, and, at random, a 类 or 款 row's code
 * printed after its numbers (just before the next row's code), codes printed whole, the first row's code inside
 * the header block, a page break repeating the header, the first rows of a page printing their code columns one
 * after the other inside the header, a number of a 类 row printed on its own rows below, the 合计 label after or
 * before its numbers, and zero cells printed as 0.00 or left out.
 */
public final class PdftotextRenderer {

    /** Header words a name piece must not be, or the piece would read as a heading. */
    private static final Set<String> NOT_A_PIECE = Set.of("项目", "合计", "小计", "项目支出", "基本支出", "支出", "收入",
            "事业收入", "其他收入", "人员经费", "公用经费", "类", "款", "项", "科目", "编码", "金额", "总计");

    /**
     * How one rendering prints its tables; drawn once per document.
     *
     * @param zeros         zero cells printed as 0.00 (else left out, as most PDFs do for blank cells)
     * @param separators    thousands separators in amounts
     * @param wholeCodes    codes printed whole ({@code 2080505}) instead of 类/款/项
     * @param codesAfter    share of 类 and 款 rows whose code is printed after their numbers
     * @param wraps         share of long names wrapped onto two lines
     * @param codeInHeader  the first row's code printed among the header words
     * @param pageBreak     a page break (a repeated header block) inside each table
     * @param columnBlock   the first rows after a page break print their 类, then 款, then 项 cells as blocks
     * @param displaced     share of 类 rows (zeros left out) whose last number is printed on its own rows below
     * @param labelAfter    the 合计 label printed after the row's numbers
     */
    public record Style(boolean zeros, boolean separators, boolean wholeCodes, double codesAfter, double wraps,
                        boolean codeInHeader, boolean pageBreak, boolean columnBlock, double displaced,
                        boolean labelAfter) {

        public static Style random(Random random) {
            return new Style(random.nextBoolean(), random.nextBoolean(), random.nextInt(4) == 0,
                    random.nextDouble() * 0.8, random.nextDouble() * 0.5, random.nextBoolean(), random.nextBoolean(),
                    random.nextInt(3) == 0, random.nextInt(3) == 0 ? 0.5 : 0, random.nextInt(4) != 0);
        }
    }

    private final Style style;
    private final Random random;

    public PdftotextRenderer(Style style, Random random) {
        this.style = style;
        this.random = random;
    }

    /** A minimal document: the title block and the given code tables. */
    public String render(ParsedBudget budget, List<Integer> tables) {
        BudgetMetadata meta = budget.metadata();
        StringBuilder out = new StringBuilder();
        String level = meta.level() == GovernmentLevel.CITY ? "市级" : "区级";
        out.append(meta.region()).append(meta.year()).append("年").append(level).append("部门预算\n\n");
        out.append("预算主管部门：").append(meta.departmentPrinted()).append("\n\n");
        for (int number : tables) {
            BudgetTable table = budget.table(number);
            if (table.status() == TableStatus.MISSING) {
                continue;
            }
            out.append('\f').append(meta.year()).append("年部门").append(TableType.of(number).titleWords())
                    .append('\n');
            out.append("编制部门：").append(table.preparedBy()).append("\n\n");
            out.append("单位：元\n\n");
            out.append(body(table));
        }
        return out.toString();
    }

    private String body(BudgetTable table) {
        List<String> out = new ArrayList<>();
        List<TableRow> rows = table.rows();
        if (rows.isEmpty()) {
            header(out, table, List.of(), false);
            out.add("注：本表无数据。");
            StringBuilder text = new StringBuilder();
            out.forEach(cell -> text.append(cell).append("\n\n"));
            return text.toString();
        }
        boolean economic = table.type().economic();
        boolean[] inHeader = new boolean[rows.size()];
        int first = style.codeInHeader() && !rows.isEmpty() ? 1 : 0;
        header(out, table, codes(rows, 0, first), false);
        inHeader[0] = first > 0;
        int breakAt = style.pageBreak() && rows.size() > 3 ? 1 + random.nextInt(rows.size() - 2) : -1;
        List<String> pending = new ArrayList<>();
        String late = null;
        int lateFrom = -1;
        for (int r = 0; r < rows.size(); r++) {
            TableRow row = rows.get(r);
            if (r == breakAt) {
                out.addAll(pending);
                pending.clear();
                int block = style.columnBlock() ? Math.min(3, rows.size() - r) : style.codeInHeader() ? 1 : 0;
                header(out, table, style.columnBlock() && !style.wholeCodes() ? columnWise(rows, r, block)
                        : codes(rows, r, block), true);
                for (int b = r; b < r + block; b++) {
                    inHeader[b] = true;
                }
            }
            List<String> code = codes(rows, r, 1);
            boolean after = !inHeader[r] && row.codeParts().size() < (economic ? 2 : 3)
                    && random.nextDouble() < style.codesAfter();
            if (!inHeader[r] && !after) {
                out.addAll(pending);
                pending.clear();
                out.addAll(code);
                if (late != null && r >= lateFrom) {
                    out.add(late); // a number printed rows below its own, between a code and a name
                    late = null;
                }
            }
            out.add(name(row.name()));
            List<String> numbers = numbers(table.columns(), row.amounts().values().stream().toList());
            if (!style.zeros() && row.codeParts().size() == 1 && numbers.size() > 2
                    && numbers.size() < table.columns().size() && late == null
                    && random.nextDouble() < style.displaced()) {
                late = numbers.remove(numbers.size() - 1);
                lateFrom = r + 1 + random.nextInt(2);
            }
            out.addAll(numbers);
            if (after) {
                pending.addAll(code);
            }
        }
        out.addAll(pending);
        if (late != null) {
            out.add(late);
        }
        if (!table.totals().isEmpty()) {
            List<String> numbers = numbers(table.columns(), table.totals().values().stream().toList());
            if (style.labelAfter()) {
                out.addAll(numbers);
                out.add("合计");
            } else {
                out.add("合计");
                out.addAll(numbers);
            }
        }
        StringBuilder text = new StringBuilder();
        out.forEach(cell -> text.append(cell).append("\n\n"));
        return text.toString();
    }

    /** The header block, with code cells of the first rows of the page among its words. */
    private void header(List<String> out, BudgetTable table, List<String> codes, boolean newPage) {
        boolean economic = table.type().economic();
        out.add(newPage ? "\f项目" : "项目");
        out.add(economic ? "经济分类科目编码" : "功能分类科目编码");
        out.add("类");
        out.add("款");
        out.add(economic ? "经济分类科目名称" : "功能分类科目名称");
        if (!economic) {
            out.add("项");
        }
        out.addAll(codes);
        for (String column : table.columns()) {
            out.add(column.equals("事业单位经营收入") ? "事业单位\n经营收入" : column);
        }
    }

    /** The code cells of {@code count} rows from {@code from}, row by row. */
    private List<String> codes(List<TableRow> rows, int from, int count) {
        List<String> out = new ArrayList<>();
        for (int r = from; r < from + count && r < rows.size(); r++) {
            if (style.wholeCodes()) {
                out.add(rows.get(r).code());
            } else {
                out.addAll(rows.get(r).codeParts());
            }
        }
        return out;
    }

    /** The code cells of {@code count} rows from {@code from}, column by column: 类 cells, then 款, then 项. */
    private static List<String> columnWise(List<TableRow> rows, int from, int count) {
        List<String> out = new ArrayList<>();
        for (int level = 0; level < 3; level++) {
            for (int r = from; r < from + count && r < rows.size(); r++) {
                if (rows.get(r).codeParts().size() > level) {
                    out.add(rows.get(r).codeParts().get(level));
                }
            }
        }
        return out;
    }

    /** A name, wrapped onto two lines of one block when long and the dice say so. */
    private String name(String name) {
        if (name == null || name.length() < 6 || random.nextDouble() >= style.wraps()) {
            return name;
        }
        int cut = 2 + random.nextInt(name.length() - 3);
        String head = name.substring(0, cut);
        String tail = name.substring(cut);
        if (NOT_A_PIECE.contains(head) || NOT_A_PIECE.contains(tail) || tail.endsWith("科目名称")) {
            return name;
        }
        return head + "\n" + tail;
    }

    /** The printed numbers of a row: every column with 0.00 for zero, or only the non-zero ones (合计 always). */
    private List<String> numbers(List<String> columns, List<BigDecimal> values) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < columns.size() && c < values.size(); c++) {
            BigDecimal value = values.get(c);
            if (style.zeros() || value.signum() != 0 || c == 0) {
                out.add(amount(value));
            }
        }
        return out;
    }

    private String amount(BigDecimal value) {
        if (value.signum() == 0) {
            return "0.00";
        }
        if (value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            return style.separators() ? String.format("%,d", value.longValueExact()) : String.format("%d.00",
                    value.longValueExact());
        }
        return String.format(style.separators() ? "%,.2f" : "%.2f", value);
    }
}
