package budget.validator.metadata;

import budget.model.BudgetMetadata;
import budget.model.BudgetTable;
import budget.model.NamedCell;
import budget.model.TableStatus;
import budget.model.TableType;
import budget.model.validation.FindingLocation;
import budget.validator.RuleDescription;
import budget.validator.engine.BudgetView;
import budget.validator.engine.Findings;
import budget.validator.engine.RuleSet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the document says about itself: all nine tables there and filled (tables 6 and 7 are legitimately
 * empty), every table prepared by the title's department for the title's year, and the department's own
 * office (X本级 / X本部) in 机构设置 being that department.
 */
public final class MetadataRules implements RuleSet {

    public static final RuleDescription TABLE_MISSING = RuleDescription.warning("META.TABLE_MISSING",
            "九张预算表都在", "All nine tables are present");
    public static final RuleDescription TABLE_EMPTY = RuleDescription.warning("META.TABLE_EMPTY",
            "除表6、表7外各表都有数据", "Every table except 6 and 7 has data");
    public static final RuleDescription TABLE_DEPARTMENT = RuleDescription.warning("META.TABLE_DEPARTMENT",
            "各表编制部门与封面预算主管部门一致", "Every table's 编制部门 is the title's department");
    public static final RuleDescription TABLE_YEAR = RuleDescription.warning("META.TABLE_YEAR",
            "各表标题和表头的年度与封面年度一致", "Every table's title and headers carry the title's year");
    public static final RuleDescription OWN_UNIT_DEPARTMENT = RuleDescription.warning("META.OWN_UNIT_DEPARTMENT",
            "机构设置中的本级/本部单位属于本部门", "The 本级/本部 unit in 机构设置 is the title's department");

    /** Tables 6 and 7 are empty whenever the department has no such funds: nothing to report. */
    private static final Set<Integer> MAY_BE_EMPTY = Set.of(6, 7);
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    @Override
    public List<RuleDescription> rules() {
        return List.of(TABLE_MISSING, TABLE_EMPTY, TABLE_DEPARTMENT, TABLE_YEAR, OWN_UNIT_DEPARTMENT);
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        BudgetMetadata metadata = budget.metadata();
        findings.checked(TABLE_MISSING);
        findings.checked(TABLE_EMPTY);
        for (TableType type : TableType.values()) {
            BudgetTable table = budget.table(type.number());
            if (table.status() == TableStatus.MISSING) {
                findings.report(TABLE_MISSING, new FindingLocation(type.number(), null, type.titleWords(), null, List.of()),
                        "缺少表" + type.number() + "（" + type.titleWords() + "）。",
                        "Table " + type.number() + " (" + type.titleWords() + ") is missing.");
                continue;
            }
            if (!MAY_BE_EMPTY.contains(type.number()) && isEmpty(table)) {
                findings.report(TABLE_EMPTY, where(table, null),
                        "表" + type.number() + "（" + type.titleWords() + "）没有数据" + noteZh(table) + "。",
                        "Table " + type.number() + " (" + type.titleWords() + ") has no data" + noteEn(table) + ".");
            }
            if (metadata != null) {
                department(metadata, table, findings);
                years(metadata, table, findings);
            }
        }
        if (metadata != null) {
            ownUnit(metadata, findings);
        }
    }

    private static void department(BudgetMetadata metadata, BudgetTable table, Findings findings) {
        if (metadata.departmentPrinted() == null || table.preparedBy() == null || table.preparedBy().isBlank()) {
            return;
        }
        findings.checked(TABLE_DEPARTMENT);
        if (!Departments.same(metadata.departmentPrinted(), table.preparedBy())) {
            findings.report(TABLE_DEPARTMENT, where(table, table.preparedBy().strip()),
                    "表" + table.number() + "编制部门为“" + table.preparedBy().strip() + "”，封面预算主管部门为“"
                            + metadata.departmentPrinted() + "”。",
                    "Table " + table.number() + " is prepared by " + table.preparedBy().strip()
                            + ", but the title names " + metadata.departmentPrinted() + ".");
        }
    }

    /** Each year printed in the title, the header or a table 9 heading that is not the budget's year. */
    private static void years(BudgetMetadata metadata, BudgetTable table, Findings findings) {
        if (metadata.year() <= 0) {
            return;
        }
        findings.checked(TABLE_YEAR);
        Map<Integer, String> wrong = new LinkedHashMap<>();
        // The printed text that carries the year is named where there is one; a bare header year last.
        yearsIn(table.title()).stream().filter(y -> y != metadata.year()).forEach(y -> wrong.putIfAbsent(y, table.title()));
        for (NamedCell cell : table.cells()) {
            yearsIn(cell.label()).stream().filter(y -> y != metadata.year()).forEach(y -> wrong.putIfAbsent(y, cell.label()));
        }
        for (String column : table.columns()) {
            yearsIn(column).stream().filter(y -> y != metadata.year()).forEach(y -> wrong.putIfAbsent(y, column));
        }
        if (table.headerYear() != null && table.headerYear() != metadata.year()) {
            wrong.putIfAbsent(table.headerYear(), "表头");
        }
        wrong.forEach((year, printedIn) -> findings.report(TABLE_YEAR, where(table, printedIn),
                "表" + table.number() + "“" + printedIn + "”中的年度为 " + year + " 年，预算年度为 " + metadata.year() + " 年。",
                "Table " + table.number() + ": \"" + printedIn + "\" says " + year + ", the budget is for "
                        + metadata.year() + ".",
                BigDecimal.valueOf(metadata.year()), BigDecimal.valueOf(year), "年"));
    }

    private static void ownUnit(BudgetMetadata metadata, Findings findings) {
        if (metadata.departmentPrinted() == null || metadata.budgetUnits().isEmpty()) {
            return;
        }
        findings.checked(OWN_UNIT_DEPARTMENT);
        for (String unit : metadata.budgetUnits()) {
            String office = Departments.ownOfficeOf(unit);
            if (office != null && !Departments.same(office, metadata.departmentPrinted())) {
                findings.report(OWN_UNIT_DEPARTMENT, new FindingLocation(null, null, unit.strip(), null, List.of()),
                        "机构设置列出的本级单位“" + unit.strip() + "”不是封面预算主管部门“" + metadata.departmentPrinted() + "”。",
                        "机构设置 lists the own office " + unit.strip() + ", which is not the title's department "
                                + metadata.departmentPrinted() + ".");
            }
        }
    }

    private static List<Integer> yearsIn(String text) {
        List<Integer> years = new ArrayList<>();
        if (text == null) {
            return years;
        }
        Matcher matcher = YEAR.matcher(text);
        while (matcher.find()) {
            years.add(Integer.parseInt(matcher.group(1)));
        }
        return years;
    }

    private static boolean isEmpty(BudgetTable table) {
        return table.status() == TableStatus.EMPTY
                || table.rows().isEmpty() && table.items().isEmpty() && table.cells().isEmpty();
    }

    private static FindingLocation where(BudgetTable table, String item) {
        List<Integer> lines = table.lines() == null ? List.of() : List.of(table.lines().from());
        return new FindingLocation(table.number(), null, item, null, lines);
    }

    private static String noteZh(BudgetTable table) {
        return table.note() == null ? "" : "（" + table.note().strip() + "）";
    }

    private static String noteEn(BudgetTable table) {
        return table.note() == null ? "" : " (note: " + table.note().strip() + ")";
    }
}
