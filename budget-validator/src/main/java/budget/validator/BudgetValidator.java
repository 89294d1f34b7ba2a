package budget.validator;

import budget.model.BudgetSummary;
import budget.model.ParsedBudget;
import budget.model.validation.FindingLocation;
import budget.model.validation.Severity;
import budget.model.validation.ValidationReport;
import budget.validator.conventions.ConventionRules;
import budget.validator.crosstable.CodeTableCrossRules;
import budget.validator.crosstable.SummaryCrossRules;
import budget.validator.crossyear.CrossYearRules;
import budget.validator.engine.BudgetView;
import budget.validator.engine.FindingBoxes;
import budget.validator.engine.Findings;
import budget.validator.engine.ReadingDoubts;
import budget.validator.engine.RuleSet;
import budget.validator.layout.LayoutRules;
import budget.validator.engine.Tolerance;
import budget.validator.metadata.MetadataRules;
import budget.validator.metadata.ParseRules;
import budget.validator.names.ClassNameRules;
import budget.validator.narrative.ChangeRules;
import budget.validator.narrative.ProjectBudgetRules;
import budget.validator.narrative.StatedFigureRules;
import budget.validator.narrative.SubjectItemRules;
import budget.validator.tables.CodeTableRules;
import budget.validator.tables.ExpenseSplitRules;
import budget.validator.tables.SummaryTableRules;
import budget.validator.tables.ThreePublicTableRules;
import budget.validator.writing.WritingRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks every identity of a parsed budget and reports what does not hold. Immutable, so one instance serves
 * every thread; {@link #validate} never throws: a rule family that fails is itself reported.
 */
public final class BudgetValidator {

    /** A rule family that threw: its checks did not run, which the report must say. */
    public static final RuleDescription RULE_FAILED = RuleDescription.warning("VALIDATOR.RULE_FAILED",
            "某组规则运行出错，未能完成检查", "A family of rules failed to run; its checks are missing");

    private static final List<RuleSet> RULE_SETS = List.of(
            new MetadataRules(),
            new ParseRules(),
            new CodeTableRules(),
            new SummaryTableRules(),
            new ExpenseSplitRules(),
            new ThreePublicTableRules(),
            new CodeTableCrossRules(),
            new SummaryCrossRules(),
            new StatedFigureRules(),
            new SubjectItemRules(),
            new ProjectBudgetRules(),
            new ChangeRules(),
            new ClassNameRules(),
            new WritingRules(),
            new LayoutRules(),
            new CrossYearRules(),
            new ConventionRules());

    /** Reading order of the catalogue: the document, each table in turn, across tables, the prose, the rest. */
    private static final List<String> GROUPS = List.of("META", "PARSE", "T", "TABLE", "CROSS", "NARRATIVE",
            "NAMES", "PROSE", "CROSSYEAR", "CONVENTION", "PRECISION", "VALIDATOR");

    private static final List<RuleDescription> CATALOGUE = buildCatalogue();

    private final Map<String, Severity> severities;
    private final List<RuleSet> ruleSets;

    public BudgetValidator() {
        this(Map.of());
    }

    /**
     * @param severityOverrides rule id → severity; an id the catalogue does not know is a configuration mistake
     *                          and is refused rather than silently ignored
     * @throws IllegalArgumentException for unknown rule ids
     */
    public BudgetValidator(Map<String, Severity> severityOverrides) {
        this(severityOverrides, RULE_SETS);
    }

    /** For tests: the same validator running other rule families (e.g. one that fails). */
    BudgetValidator(Map<String, Severity> severityOverrides, List<RuleSet> ruleSets) {
        this.ruleSets = List.copyOf(ruleSets);
        Set<String> unknown = new TreeSet<>(severityOverrides.keySet());
        unknown.removeAll(CATALOGUE.stream().map(RuleDescription::id).toList());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown rule ids in severity overrides: " + unknown);
        }
        Map<String, Severity> effective = new LinkedHashMap<>();
        CATALOGUE.forEach(rule -> effective.put(rule.id(), rule.defaultSeverity()));
        severityOverrides.forEach((id, severity) -> {
            if (severity != null) {
                effective.put(id, severity);
            }
        });
        this.severities = Map.copyOf(effective);
    }

    public ValidationReport validate(ParsedBudget budget) {
        return validate(budget, null);
    }

    /**
     * Validates the budget, and what its prose says of the previous year against that year's budget when it is
     * given (the previous year's budget of the same department and kind; another is ignored).
     */
    public ValidationReport validate(ParsedBudget budget, BudgetSummary previous) {
        if (budget == null) {
            Findings findings = new Findings(severities);
            findings.report(RULE_FAILED, new FindingLocation(null, null, null, null, List.of()),
                    "没有可检查的预算。", "There is no budget to validate.");
            return ValidationReport.of(findings.sorted(), 0);
        }
        Findings findings = new Findings(severities, ReadingDoubts.of(budget));
        BudgetView view = new BudgetView(budget, previous);
        for (RuleSet rules : ruleSets) {
            try {
                rules.check(view, findings);
            } catch (RuntimeException failure) {
                findings.report(RULE_FAILED, new FindingLocation(null, null, rules.getClass().getSimpleName(), null, List.of()),
                        "规则组 " + rules.getClass().getSimpleName() + " 运行出错（" + failure + "），其检查未完成。",
                        "Rule family " + rules.getClass().getSimpleName() + " failed (" + failure
                                + "); its checks did not run.");
            }
        }
        return ValidationReport.of(FindingBoxes.attach(findings.sorted(), budget), findings.rulesChecked());
    }

    /** Every rule, in a stable order: by feature, then as each feature declares them. */
    public static List<RuleDescription> catalogue() {
        return CATALOGUE;
    }

    /** The severity a rule reports with under this validator's configuration. */
    public Severity severityOf(String ruleId) {
        Severity severity = severities.get(ruleId);
        if (severity == null) {
            throw new IllegalArgumentException("unknown rule id " + ruleId);
        }
        return severity;
    }

    private static List<RuleDescription> buildCatalogue() {
        List<RuleDescription> rules = new ArrayList<>();
        RULE_SETS.forEach(set -> rules.addAll(set.rules()));
        rules.add(Tolerance.WITHIN_ONE_UNIT);
        rules.add(RULE_FAILED);
        // a stable sort: within a group and table the families' own order stays
        rules.sort(Comparator.comparingInt(BudgetValidator::groupOf).thenComparingInt(BudgetValidator::tableOf));
        Map<String, Long> counts = rules.stream().collect(Collectors.groupingBy(RuleDescription::id, Collectors.counting()));
        counts.forEach((id, count) -> {
            if (count > 1) {
                throw new IllegalStateException("rule id declared twice: " + id);
            }
        });
        return List.copyOf(rules);
    }

    private static int groupOf(RuleDescription rule) {
        String prefix = rule.id().substring(0, rule.id().indexOf('.'));
        int group = GROUPS.indexOf(prefix.matches("T[0-9]+") ? "T" : prefix);
        return group < 0 ? GROUPS.size() : group;
    }

    private static int tableOf(RuleDescription rule) {
        String prefix = rule.id().substring(0, rule.id().indexOf('.'));
        return prefix.matches("T[0-9]+") ? Integer.parseInt(prefix.substring(1)) : 0;
    }
}
