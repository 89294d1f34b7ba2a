package budget.validator.metadata;

import budget.model.BudgetTable;
import budget.model.ParseDiagnostic;
import budget.model.RowPlacement;
import budget.model.TableRow;
import budget.model.TableType;
import budget.model.validation.FindingLocation;
import budget.validator.RuleDescription;
import budget.validator.engine.BudgetView;
import budget.validator.engine.Describe;
import budget.validator.engine.Findings;
import budget.validator.engine.ReadingDoubts;
import budget.validator.engine.RuleSet;
import budget.validator.engine.Where;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Nothing the parser was unsure of passes silently: every diagnostic becomes a finding, every row whose
 * columns stayed ambiguous is flagged, and rows whose columns were placed by the table's identities are noted
 * (the identity checks on them prove less).
 */
public final class ParseRules implements RuleSet {

    public static final RuleDescription UNREAD_LINE = RuleDescription.warning("PARSE.UNREAD_LINE",
            "解析器未能读取或定位的行", "A line the parser could not read or place");
    public static final RuleDescription AMBIGUOUS_PLACEMENT = RuleDescription.warning("PARSE.AMBIGUOUS_PLACEMENT",
            "金额所在列无法确定的行", "A row whose amounts could not be placed into columns with certainty");
    public static final RuleDescription PLACED_BY_IDENTITY = RuleDescription.info("PARSE.PLACED_BY_IDENTITY",
            "金额所在列由表内勾稽关系推定的行（按表汇总）",
            "Rows whose amounts were placed into columns by the table's identities (one note per table)");

    private static final int SHOWN_TEXT = 80;

    @Override
    public List<RuleDescription> rules() {
        return List.of(UNREAD_LINE, AMBIGUOUS_PLACEMENT, PLACED_BY_IDENTITY, ReadingDoubts.UNCERTAIN_IDENTITY);
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        findings.checked(UNREAD_LINE);
        findings.checked(AMBIGUOUS_PLACEMENT);
        findings.checked(PLACED_BY_IDENTITY);
        findings.checked(ReadingDoubts.UNCERTAIN_IDENTITY);
        Set<Integer> ambiguousLines = new HashSet<>();
        for (TableType type : TableType.values()) {
            BudgetTable table = budget.table(type.number());
            List<TableRow> ambiguous = placed(table, RowPlacement.AMBIGUOUS);
            for (TableRow row : ambiguous) {
                ambiguousLines.addAll(row.lines());
                findings.report(AMBIGUOUS_PLACEMENT, Where.row(table.number(), row, null),
                        "表" + table.number() + " " + Describe.rowZh(row) + " 的金额所在列无法确定，读数仅供参考。",
                        "Table " + table.number() + ", " + Describe.rowEn(row)
                                + ": the columns of its amounts could not be determined; the reading is a best guess.");
            }
            List<TableRow> byIdentity = placed(table, RowPlacement.IDENTITY);
            if (!byIdentity.isEmpty()) {
                findings.report(PLACED_BY_IDENTITY, Where.table(table.number(), null, Where.linesOf(byIdentity)),
                        "表" + table.number() + "有 " + byIdentity.size() + " 行的金额列由表内勾稽关系推定。",
                        "Table " + table.number() + ": the columns of " + byIdentity.size()
                                + " rows were placed by the table's identities.");
            }
        }
        for (ParseDiagnostic diagnostic : budget.diagnostics()) {
            // A row already flagged as ambiguous is that diagnostic's finding: one broken fact, one report.
            if (ambiguousLines.contains(diagnostic.line())) {
                continue;
            }
            findings.report(UNREAD_LINE, new FindingLocation(diagnostic.table(), null, shorten(diagnostic.text()), null,
                            List.of(diagnostic.line())),
                    "第 " + diagnostic.line() + " 行未能读取：" + diagnostic.reason() + "。",
                    "Line " + diagnostic.line() + " was not read: " + diagnostic.reason() + ".");
        }
    }

    private static List<TableRow> placed(BudgetTable table, RowPlacement placement) {
        return table.rows().stream().filter(r -> r.placement() == placement).toList();
    }

    private static String shorten(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= SHOWN_TEXT ? stripped : stripped.substring(0, SHOWN_TEXT) + "…";
    }
}
