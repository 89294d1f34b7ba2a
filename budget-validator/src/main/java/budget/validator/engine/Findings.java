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
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Set;

/**
 * Collects the findings of one validation run. Not thread-safe: each run gets its own. It applies the
 * configured severities, drops exact repeats (one broken fact is reported once), and sorts the result so
 * that two runs over the same budget give the same report. A check whose figures the reader was not certain
 * of ({@link ReadingDoubts}) is not the document's error: such findings are gathered per doubt into one
 * {@link ReadingDoubts#UNCERTAIN_IDENTITY} finding that names the doubt and the identities that fail on it.
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
    private final ReadingDoubts doubts;
    private final Map<ReadingDoubts.Doubt, List<ValidationFinding>> doubted = new LinkedHashMap<>();

    /** @param severities the effective severity of every known rule id */
    public Findings(Map<String, Severity> severities) {
        this(severities, ReadingDoubts.none());
    }

    /**
     * @param severities the effective severity of every known rule id
     * @param doubts     what the reader of this budget was not certain of
     */
    public Findings(Map<String, Severity> severities, ReadingDoubts doubts) {
        this.severities = Map.copyOf(severities);
        this.doubts = doubts;
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
        List<ValidationFinding> all = new ArrayList<>(found);
        doubted.forEach((doubt, findings) -> all.add(uncertain(doubt, findings)));
        return all.stream().sorted(ORDER).toList();
    }

    public int rulesChecked() {
        return checked.size();
    }

    private void add(ValidationFinding finding) {
        checked.add(finding.ruleId());
        if (!keys.add(keyOf(finding))) {
            return;
        }
        Optional<ReadingDoubts.Doubt> doubt = restsOnReading(finding.ruleId()) ? doubts.behind(finding.location())
                : Optional.empty();
        if (doubt.isPresent()) {
            checked.add(ReadingDoubts.UNCERTAIN_IDENTITY.id());
            doubted.computeIfAbsent(doubt.get(), d -> new ArrayList<>()).add(finding);
        } else {
            found.add(finding);
        }
    }

    /**
     * Findings about the document's figures; the reader's own findings and notes, and the writing slips (about
     * words, not figures), are never doubted away.
     */
    private static boolean restsOnReading(String ruleId) {
        return !(ruleId.startsWith("PARSE.") || ruleId.startsWith("META.") || ruleId.startsWith("VALIDATOR.")
                || ruleId.startsWith("PRECISION.") || ruleId.startsWith("PROSE."));
    }

    private static final int LISTED = 5;

    private ValidationFinding uncertain(ReadingDoubts.Doubt doubt, List<ValidationFinding> findings) {
        List<Integer> lines = new ArrayList<>();
        findings.forEach(f -> lines.addAll(f.location().lines()));
        List<Integer> own = doubt.line() > 0 ? List.of(doubt.line()) : List.of();
        FindingLocation where = new FindingLocation(doubt.table(), doubt.code(), doubt.item(), null,
                Where.lines(own, lines));
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int i = 0; i < findings.size() && i < LISTED; i++) {
            ValidationFinding f = findings.get(i);
            zh.append(i == 0 ? "" : "；").append(f.ruleId()).append("（").append(f.messageZh()).append("）");
            en.append(i == 0 ? "" : "; ").append(f.ruleId()).append(" (").append(f.messageEn()).append(")");
        }
        if (findings.size() > LISTED) {
            zh.append("；另有 ").append(findings.size() - LISTED).append(" 项");
            en.append("; and ").append(findings.size() - LISTED).append(" more");
        }
        String placeZh = (doubt.table() == null ? "" : "表" + doubt.table()) + "第 " + doubt.line() + " 行";
        String placeEn = (doubt.table() == null ? "" : "table " + doubt.table() + ", ") + "line " + doubt.line();
        String scopeZh = doubt.tableWide() ? "该表可能缺少该行的内容" : "该行读数不确定";
        String scopeEn = doubt.tableWide() ? "the table may miss what that line holds" : "its figures are uncertain";
        String messageZh = placeZh + "未能确定读取（" + doubt.reason() + "），" + scopeZh + "；以下 " + findings.size()
                + " 项勾稽关系因此不成立，可能是读取所致而非文件本身的错误：" + zh + "。";
        String messageEn = "The reader was not certain of " + placeEn + " (" + doubt.reason() + "): " + scopeEn + "; "
                + findings.size() + " identit" + (findings.size() == 1 ? "y fails" : "ies fail")
                + " on it, perhaps through the reading rather than in the document: " + en + ".";
        return new ValidationFinding(ReadingDoubts.UNCERTAIN_IDENTITY.id(), severityOf(ReadingDoubts.UNCERTAIN_IDENTITY),
                messageZh, messageEn, where, null, null, null, null);
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
