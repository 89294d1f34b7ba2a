package budget.validator.names;

import budget.model.ClassificationNames;
import budget.model.ClassificationNames.Renaming;
import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.SummaryItem;
import budget.model.SummaryItem.Role;
import budget.model.SummaryItem.Side;
import budget.model.TableRow;
import budget.model.validation.FindingLocation;
import budget.validator.RuleDescription;
import budget.validator.engine.BudgetView;
import budget.validator.engine.ClassMatch;
import budget.validator.engine.CodeTree;
import budget.validator.engine.Findings;
import budget.validator.engine.Names;
import budget.validator.engine.RuleSet;
import budget.validator.engine.SubjectLookup;
import budget.validator.engine.SummaryTable;
import budget.validator.engine.Where;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The names a document prints for one code. The classification is revised every year and some classes were
 * renamed (see {@link ClassificationNames}); a document may keep a former name in one place (often the prose)
 * while another place prints the current one. The code is the same, so the amounts are compared as usual
 * (table 1's 医疗卫生与计划生育支出 with table 3's 210 卫生健康支出); the outdated name is one warning per code and
 * name, wherever it is printed. A document that prints only the former name is consistent with itself and gets
 * nothing.
 */
public final class ClassNameRules implements RuleSet {

    public static final RuleDescription OUTDATED_CLASS_NAME = RuleDescription.warning("NAMES.OUTDATED_CLASS_NAME",
            "文件他处已印现名的科目，不再使用政府收支分类科目修订前的旧称（如210“医疗卫生与计划生育支出”，现为“卫生健康支出”）",
            "A code is not printed under its name from before a revision of the classification where the document "
                    + "prints its later name too (210 医疗卫生与计划生育支出, now 卫生健康支出)");

    /** Where the document prints one name of a code: the first place (a table number, or null for the prose). */
    private static final class Printed {
        final String name;
        final String bare;
        final Integer table;
        final List<Integer> lines = new ArrayList<>();

        Printed(String name, String bare, Integer table) {
            this.name = name;
            this.bare = bare;
            this.table = table;
        }
    }

    @Override
    public List<RuleDescription> rules() {
        return List.of(OUTDATED_CLASS_NAME);
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        Map<String, Map<String, Printed>> names = new LinkedHashMap<>();
        for (int number : List.of(3, 5, 2, 6, 7)) {
            CodeTree tree = budget.codeTree(number);
            for (TableRow row : tree.rows()) {
                if (!row.nameFilled()) {
                    add(names, row.code(), row.name(), number, row.lines());
                }
            }
        }
        summaryNames(budget, 1, budget.codeTree(3), names);
        summaryNames(budget, 4, budget.codeTree(5).present() ? budget.codeTree(5) : budget.codeTree(3), names);
        narrativeNames(budget, names);
        findings.checked(OUTDATED_CLASS_NAME);
        names.forEach((code, printed) -> report(code, printed, findings));
    }

    /** The expense 类 items of a summary table, paired by name with the 类 rows of a code table. */
    private static void summaryNames(BudgetView budget, int number, CodeTree detail,
                                     Map<String, Map<String, Printed>> names) {
        SummaryTable summary = budget.summary(number);
        if (!summary.present() || !detail.present()) {
            return;
        }
        List<CodeTree> namers = List.of(detail, budget.codeTree(3), budget.codeTree(2), budget.codeTree(5));
        Function<TableRow, String> nameOfRow = row -> CodeTree.nameOf(row.code(), namers);
        List<TableRow> classRows = detail.topLevel().stream().filter(r -> r.code().length() == 3).toList();
        List<SummaryItem> items = summary.items(Side.EXPENSE, Role.ITEM);
        for (ClassMatch match : ClassMatch.pair(items, classRows, nameOfRow)) {
            if (match.item() != null && match.row() != null) {
                add(names, match.row().code(), SummaryTable.nameOf(match.item()), number, List.of(match.item().line()));
            }
        }
    }

    /** Every level of the narrative's subjects that the tables have: 210 of 医疗卫生与计划生育支出（210类）…. */
    private static void narrativeNames(BudgetView budget, Map<String, Map<String, Printed>> names) {
        List<NarrativeFact> subjects = budget.facts(FactKind.SUBJECT_ITEM);
        if (subjects.isEmpty()) {
            return;
        }
        SubjectLookup lookup = budget.subjects();
        for (NarrativeFact fact : subjects) {
            if (fact.label() == null) {
                continue;
            }
            List<SubjectLookup.Match> matches = lookup.find(fact.label());
            if (matches.isEmpty()) {
                continue;
            }
            for (SubjectLookup.LevelMatch level : matches.get(0).levels()) {
                if (level.fit() != SubjectLookup.Fit.NONE && !level.level().name().isEmpty()) {
                    add(names, level.code(), level.level().name(), null, List.of(fact.line()));
                }
            }
        }
    }

    private static void add(Map<String, Map<String, Printed>> names, String code, String name, Integer table,
                            List<Integer> lines) {
        String bare = Names.normalise(name);
        if (code == null || bare.isEmpty() || ClassificationNames.namesOf(code).isEmpty()) {
            return; // only codes that were renamed can carry a former name
        }
        Printed printed = names.computeIfAbsent(code, c -> new LinkedHashMap<>())
                .computeIfAbsent(bare, b -> new Printed(name.strip(), bare, table));
        printed.lines.addAll(lines);
    }

    /** One warning for each former name of the code the document prints beside a later one. */
    private static void report(String code, Map<String, Printed> printed, Findings findings) {
        for (Printed former : printed.values()) {
            Optional<Printed> later = printed.values().stream()
                    .filter(p -> Names.renamedBare(code, former.bare, p.bare)
                            && ClassificationNames.older(code, former.bare, p.bare))
                    .reduce((a, b) -> ClassificationNames.older(code, a.bare, b.bare) ? b : a);
            if (later.isEmpty()) {
                continue;
            }
            int revision = ClassificationNames.replacing(code, former.bare).map(Renaming::revision).orElse(0);
            String place = former.table == null ? "编制说明" : "表" + former.table;
            String placeEn = former.table == null ? "The narrative" : "Table " + former.table;
            String laterPlace = later.get().table == null ? "编制说明" : "表" + later.get().table;
            String laterPlaceEn = later.get().table == null ? "the narrative" : "table " + later.get().table;
            FindingLocation where = new FindingLocation(former.table, code, former.name, null,
                    Where.lines(new TreeSet<>(former.lines), later.get().lines));
            findings.report(OUTDATED_CLASS_NAME, where,
                    place + "将科目 " + code + " 印作“" + former.name + "”，这是" + revision + "年政府收支分类科目修订前的名称；"
                            + laterPlace + "印作“" + later.get().name + "”（同一科目，金额照常核对）。",
                    placeEn + " prints code " + code + " as " + former.name + ", its name before the " + revision
                            + " revision of the classification; " + laterPlaceEn + " prints " + later.get().name
                            + " (the same code; amounts are compared as usual).");
        }
    }
}
