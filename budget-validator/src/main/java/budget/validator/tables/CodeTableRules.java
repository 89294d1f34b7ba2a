package budget.validator.tables;

import budget.model.TableRow;
import budget.validator.RuleDescription;
import budget.validator.engine.BudgetView;
import budget.validator.engine.Amounts;
import budget.validator.engine.CodeTree;
import budget.validator.engine.Describe;
import budget.validator.engine.Findings;
import budget.validator.engine.RuleSet;
import budget.validator.engine.Where;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic inside each code table (2, 3, 5, 6, 7, 8): parents equal the sum of their children, the 合计
 * row equals the sum of the 类 rows, and every row's 合计 equals the sum of its parts. Each identity is
 * checked once, between a row and its direct children only, so one wrong cell is not echoed up the tree.
 */
public final class CodeTableRules implements RuleSet {

    /** One row identity: the total column equals the sum of the part columns. */
    /** A table's row identity ({@link budget.model.RowIdentity}, defined once for parser and validator) and its rule. */
    record RowIdentity(RuleDescription rule, budget.model.RowIdentity identity) {

        String total() {
            return identity.total();
        }

        List<String> parts() {
            return identity.parts();
        }
    }

    /** The three rules of one code table. */
    record TableRules(int table, RuleDescription tree, RuleDescription total, RowIdentity row) {
    }

    public static final RuleDescription DUPLICATE_CODE = RuleDescription.error("TABLE.DUPLICATE_CODE",
            "同一表内同一科目编码只出现一次", "A classification code appears at most once in a table");

    public static final RuleDescription MISPRINTED_CODE = RuleDescription.warning("TABLE.MISPRINTED_CODE",
            "表中印刷的科目编码不存在（如漏印前导零、类级截短），按其所指编码读取",
            "A printed code that cannot exist (a dropped leading zero, a 类 cut short) is read as the code it stands for");

    private static final List<TableRules> TABLES = List.of(
            tableRules(2, new RowIdentity(RuleDescription.error("T2.ROW.TOTAL_EQ_SUM_SOURCES",
                    "表2：每行合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入",
                    "Table 2: each row's 合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入"),
                    budget.model.RowIdentity.SOURCES)),
            tableRules(3, basicPlusProject(3)),
            tableRules(5, basicPlusProject(5)),
            tableRules(6, basicPlusProject(6)),
            tableRules(7, basicPlusProject(7)),
            tableRules(8, new RowIdentity(RuleDescription.error("T8.ROW.TOTAL_EQ_PERSONNEL_PLUS_PUBLIC",
                    "表8：每行合计 = 人员经费 + 公用经费", "Table 8: each row's 合计 = 人员经费 + 公用经费"),
                    budget.model.RowIdentity.PERSONNEL_PLUS_PUBLIC)));

    @Override
    public List<RuleDescription> rules() {
        List<RuleDescription> rules = new ArrayList<>();
        for (TableRules table : TABLES) {
            rules.addAll(List.of(table.tree(), table.total(), table.row().rule()));
        }
        rules.add(DUPLICATE_CODE);
        rules.add(MISPRINTED_CODE);
        return rules;
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        for (TableRules rules : TABLES) {
            CodeTree tree = budget.codeTree(rules.table());
            if (!tree.present()) {
                continue;
            }
            checkDuplicates(tree, findings);
            checkMisprints(tree, findings);
            checkParents(tree, rules.tree(), findings);
            checkTotalRow(tree, rules.total(), findings);
            checkRowIdentity(tree, rules.row(), findings);
        }
    }

    private static void checkDuplicates(CodeTree tree, Findings findings) {
        findings.checked(DUPLICATE_CODE);
        for (TableRow repeat : tree.duplicates()) {
            TableRow first = tree.row(repeat.code()).orElseThrow();
            findings.report(DUPLICATE_CODE, Where.row(tree.number(), repeat, null, first.lines()),
                    "表" + tree.number() + " " + Describe.rowZh(repeat) + " 重复出现；只按第一次出现的行核对。",
                    "Table " + tree.number() + ": " + Describe.rowEn(repeat)
                            + " is printed twice; only its first row is used in the sums.");
        }
    }

    private static void checkMisprints(CodeTree tree, Findings findings) {
        findings.checked(MISPRINTED_CODE);
        for (TableRow row : tree.rows()) {
            if (row.printedCode() != null) {
                findings.report(MISPRINTED_CODE, Where.row(tree.number(), row, null),
                        "表" + tree.number() + " 印刷的科目编码「" + row.printedCode() + "」不存在，按 " + row.code()
                                + "（" + row.name() + "）读取；请更正编码。",
                        "Table " + tree.number() + ": the printed code '" + row.printedCode()
                                + "' cannot exist; read as " + row.code() + " (" + row.name() + "). The code should be corrected.");
            }
        }
    }

    private static void checkParents(CodeTree tree, RuleDescription rule, Findings findings) {
        findings.checked(rule);
        for (TableRow parent : tree.rows()) {
            List<TableRow> children = tree.children(parent);
            if (children.isEmpty()) {
                continue;
            }
            for (String column : tree.columns()) {
                BigDecimal expected = Amounts.sum(children, child -> child.amount(column));
                BigDecimal actual = parent.amount(column);
                if (!Amounts.same(expected, actual)) {
                    findings.report(rule, Where.row(tree.number(), parent, column, Where.linesOf(children)),
                            "表" + tree.number() + " " + Describe.rowZh(parent) + "「" + column + "」列为 "
                                    + Amounts.format(actual) + "，其下级科目之和为 " + Amounts.format(expected)
                                    + "，相差 " + Amounts.signed(actual.subtract(expected)) + " 元。",
                            "Table " + tree.number() + ", " + Describe.rowEn(parent) + ", column " + column
                                    + ": printed " + Amounts.format(actual) + ", its children sum to "
                                    + Amounts.format(expected) + " (difference " + Amounts.signed(actual.subtract(expected))
                                    + " yuan).",
                            Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
                }
            }
        }
    }

    private static void checkTotalRow(CodeTree tree, RuleDescription rule, Findings findings) {
        if (!tree.hasTotals()) {
            return;
        }
        findings.checked(rule);
        List<TableRow> classes = tree.topLevel();
        for (String column : tree.columns()) {
            BigDecimal expected = Amounts.sum(classes, row -> row.amount(column));
            BigDecimal actual = tree.total(column);
            if (!Amounts.same(expected, actual)) {
                findings.report(rule, Where.totalRow(tree.table(), column, Where.linesOf(classes)),
                        "表" + tree.number() + " 合计行「" + column + "」列为 " + Amounts.format(actual) + "，各类之和为 "
                                + Amounts.format(expected) + "，相差 " + Amounts.signed(actual.subtract(expected)) + " 元。",
                        "Table " + tree.number() + ", 合计 row, column " + column + ": printed " + Amounts.format(actual)
                                + ", its 类 rows sum to " + Amounts.format(expected) + " (difference "
                                + Amounts.signed(actual.subtract(expected)) + " yuan).",
                        Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
            }
        }
    }

    private static void checkRowIdentity(CodeTree tree, RowIdentity identity, Findings findings) {
        findings.checked(identity.rule());
        String parts = String.join(" + ", identity.parts());
        for (TableRow row : tree.rows()) {
            BigDecimal expected = Amounts.sum(identity.parts(), row::amount);
            BigDecimal actual = row.amount(identity.total());
            if (!Amounts.same(expected, actual)) {
                findings.report(identity.rule(), Where.row(tree.number(), row, identity.total()),
                        "表" + tree.number() + " " + Describe.rowZh(row) + " 合计为 " + Amounts.format(actual) + "，而 "
                                + parts + " = " + Amounts.format(expected) + "，相差 "
                                + Amounts.signed(actual.subtract(expected)) + " 元。",
                        "Table " + tree.number() + ", " + Describe.rowEn(row) + ": 合计 printed " + Amounts.format(actual)
                                + " but " + parts + " = " + Amounts.format(expected) + " (difference "
                                + Amounts.signed(actual.subtract(expected)) + " yuan).",
                        Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
            }
        }
        if (tree.hasTotals()) {
            BigDecimal expected = Amounts.sum(identity.parts(), tree::total);
            BigDecimal actual = tree.total(identity.total());
            if (!Amounts.same(expected, actual)) {
                findings.report(identity.rule(), Where.totalRow(tree.table(), identity.total(), List.of()),
                        "表" + tree.number() + " 合计行合计为 " + Amounts.format(actual) + "，而 " + parts + " = "
                                + Amounts.format(expected) + "，相差 " + Amounts.signed(actual.subtract(expected)) + " 元。",
                        "Table " + tree.number() + ", 合计 row: 合计 printed " + Amounts.format(actual) + " but " + parts
                                + " = " + Amounts.format(expected) + " (difference "
                                + Amounts.signed(actual.subtract(expected)) + " yuan).",
                        Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
            }
        }
    }

    private static TableRules tableRules(int table, RowIdentity row) {
        RuleDescription tree = RuleDescription.error("T" + table + ".TREE.PARENT_EQ_SUM_CHILDREN",
                "表" + table + "：上级科目（类、款）每一金额列等于其下级科目之和",
                "Table " + table + ": every parent row (类, 款) equals the sum of its children in every amount column");
        RuleDescription total = RuleDescription.error("T" + table + ".TOTAL.EQ_SUM_CLASSES",
                "表" + table + "：合计行每一金额列等于各类之和",
                "Table " + table + ": the 合计 row equals the sum of the 类 rows in every amount column");
        return new TableRules(table, tree, total, row);
    }

    private static RowIdentity basicPlusProject(int table) {
        return new RowIdentity(RuleDescription.error("T" + table + ".ROW.TOTAL_EQ_BASIC_PLUS_PROJECT",
                "表" + table + "：每行合计 = 基本支出 + 项目支出",
                "Table " + table + ": each row's 合计 = 基本支出 + 项目支出"),
                budget.model.RowIdentity.BASIC_PLUS_PROJECT);
    }
}
