package budget.parser.table;

import budget.parser.text.Cell;
import budget.parser.text.Chars;
import budget.parser.text.LineCells;

import java.util.Set;

/** The words of table headers: column names, and the words that only ever sit in a header. */
public final class HeaderWords {

    /** Amount column names a header may print (the keys of the amounts). */
    private static final Set<String> COLUMNS = Set.of("合计", "小计", "预算数", "财政拨款收入", "事业收入", "事业单位经营收入",
            "其他收入", "基本支出", "项目支出", "人员经费", "公用经费", "一般公共预算", "政府性基金预算", "国有资本经营预算",
            "上年结转", "上年结余", "上年结转结余", "用事业基金弥补收支差额", "财政拨款", "财政拨款结转", "经营支出",
            "对附属单位补助支出", "上缴上级支出");
    /** Words that mark a header line and never a data row. */
    private static final Set<String> HEADER_ONLY = Set.of("项目", "类", "款", "项", "科目编码", "科目名称", "功能分类科目编码",
            "功能分类科目名称", "经济分类科目编码", "经济分类科目名称", "部门预算经济分类科目编码", "部门预算经济分类科目",
            "部门预算经济分类科目名称", "部门经济分类科目编码", "部门经济分类科目名称",
            "编码", "收入预算", "支出预算", "一般公共预算支出", "政府性基金预算支出", "国有资本经营预算支出",
            "一般公共预算基本支出", "本年收入", "本年支出", "财政拨款支出", "财政拨款收入", "金额", "预算数", "科目");

    private HeaderWords() {
    }

    /** The column name a header cell prints, or null. */
    public static String column(String cell) {
        String text = Chars.squeeze(cell);
        return COLUMNS.contains(text) ? text : null;
    }

    /** Whether every cell of a line is a header word: a line of the column header (repeated on a new page). */
    public static boolean isHeaderLine(LineCells cells) {
        boolean any = false;
        for (Cell cell : cells.cells()) {
            if (cell.text().isEmpty()) {
                continue;
            }
            if (!isHeaderWord(cell.text())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Whether a cell holds one of the header words printed whole (not only by its ending, 科目编码 or 科目名称). */
    public static boolean isKnownHeaderWord(String cell) {
        String text = Chars.squeeze(cell);
        return HEADER_ONLY.contains(text) || COLUMNS.contains(text);
    }

    /** Whether a cell holds a word that only a header holds (项目, 类, 科目编码, …) or a column name. */
    public static boolean isHeaderWord(String cell) {
        String text = Chars.squeeze(cell);
        return HEADER_ONLY.contains(text) || COLUMNS.contains(text) || text.endsWith("科目编码")
                || text.endsWith("科目名称");
    }
}
