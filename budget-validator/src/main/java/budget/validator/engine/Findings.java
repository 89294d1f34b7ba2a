package budget.validator.engine;

import budget.model.validation.FindingLocation;
import budget.model.validation.Severity;
import budget.model.validation.ValidationFinding;
import budget.validator.RuleDescription;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collects the findings of one validation run. Not thread-safe: each run gets its own. It applies the
 * configured severities, drops exact repeats (one broken fact is reported once), and sorts the result so
 * that two runs over the same budget give the same report.
 */
public final class Findings {

    /** Document order first (the reader walks the text), then stable keys so that ties never depend on rule order. */
    private static final Comparator<ValidationFinding> ORDER = Comparator
            .comparingInt((ValidationFinding f) -> f.location().lines().isEmpty()
                    ? Integer.MAX_VALUE : f.location().lines().get(0))
            .thenComparing(f -> f.location().table(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ValidationFinding::ruleId)
            .thenComparing(f -> f.location().code(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(f -> f.location().item(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(f -> f.location().column(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ValidationFinding::messageEn);

    private final Map<String, Severity> severities;
    private final List<ValidationFinding> found = new ArrayList<>();
    private final Set<String> keys = new LinkedHashSet<>();
    private final Set<String> checked = new LinkedHashSet<>();

    /** @param severities the effective severity of every known rule id */
    public Findings(Map<String, Severity> severities) {
        this.severities = Map.copyOf(severities);
    }

    /** Records that a rule ran on this budget (its tables were there), whether or not it found anything. */
    public void checked(RuleDescription rule) {
        checked.add(rule.id());
    }

    /** Reports a broken identity with its numbers; difference is actual − expected. */
    public void report(RuleDescription rule, FindingLocation where, String messageZh, String messageEn,
                       BigDecimal expected, BigDecimal actual, String unit) {
        BigDecimal difference = expected == null || actual == null ? null : actual.subtract(expected);
        add(new ValidationFinding(rule.id(), severityOf(rule), messageZh, messageEn, where, expected, actual,
                difference, unit));
    }

    /** Reports a finding that carries no amounts (a missing table, a wrong year, an unread line). */
    public void report(RuleDescription rule, FindingLocation where, String messageZh, String messageEn) {
        report(rule, where, messageZh, messageEn, null, null, null);
    }

    public List<ValidationFinding> sorted() {
        return found.stream().sorted(ORDER).toList();
    }

    public int rulesChecked() {
        return checked.size();
    }

    private void add(ValidationFinding finding) {
        checked.add(finding.ruleId());
        if (keys.add(keyOf(finding))) {
            found.add(finding);
        }
    }

    private Severity severityOf(RuleDescription rule) {
        return severities.getOrDefault(rule.id(), rule.defaultSeverity());
    }

    private static String keyOf(ValidationFinding f) {
        return String.join("|", f.ruleId(), Objects.toString(f.location()), plain(f.expected()), plain(f.actual()));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
