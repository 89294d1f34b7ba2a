package budget.cli.check;

import budget.events.EventJson;
import budget.model.BudgetKey;
import budget.model.BudgetSummary;
import budget.model.ParsedBudget;
import budget.model.YearOnYear;
import budget.model.validation.ValidationFinding;
import budget.model.validation.ValidationReport;
import budget.model.validation.ValidationStatus;
import budget.parser.BudgetDocuments;
import budget.validator.BudgetValidator;
import budget.validator.crossyear.BudgetSummaries;
import budget.validator.crossyear.YearOnYears;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code budget check FILE...}: parse and validate without the pipeline, for a publisher checking a
 * document before upload. Given the previous year's budget of the same department and kind among the files
 * ({@code budget check 2025.pdf 2026.pdf}), the later one is also checked against it, as the pipeline checks a
 * budget against the previous year's it has stored.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Parses and validates budget documents without the pipeline. Prints one line per finding:",
                "  <SEVERITY> <rule id> <location> expected=<x> actual=<y> <message>",
                "then STATUS: <status> (<n> errors, <n> warnings, <n> notes).",
                "A file whose previous year's budget (same department and kind) is among the files is also checked",
                "against it (CROSSYEAR.* rules): budget check 2025.pdf 2026.pdf.",
                "Exit 0 for VALID or VALID_WITH_WARNINGS, 1 for INVALID, 2 for unreadable input."})
public final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Budget documents: PDF, or UTF-8 / GB18030 text.")
    List<Path> files;

    @Option(names = "--json", description = "Print the validation report as JSON instead.")
    boolean json;

    @Option(names = "--zh", description = "Messages in Chinese (default: English).")
    boolean chinese;

    @Option(names = "--changes", description = "Also print each stated total against the previous year's budget.")
    boolean changes;

    private final PrintStream out;

    public CheckCommand() {
        this(System.out);
    }

    CheckCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        BudgetDocuments documents = new BudgetDocuments();
        BudgetValidator validator = new BudgetValidator();
        int exit = 0;
        Map<Path, ParsedBudget> read = new LinkedHashMap<>();
        for (Path file : files) {
            Optional<ParsedBudget> budget = ParseCommand.parse(documents, file);
            if (budget.isEmpty()) {
                exit = 2;
            } else {
                read.put(file, budget.get());
            }
        }
        for (Map.Entry<Path, ParsedBudget> entry : read.entrySet()) {
            Path file = entry.getKey();
            ParsedBudget budget = entry.getValue();
            Optional<Map.Entry<Path, ParsedBudget>> previous = previousOf(budget, read);
            BudgetSummary previousSummary = previous.map(p -> BudgetSummaries.of(p.getValue(), p.getKey().toString(), null))
                    .orElse(null);
            ValidationReport report = validator.validate(budget, previousSummary);
            if (json) {
                out.println(EventJson.writeString(report));
            } else {
                if (read.size() > 1 || files.size() > 1) {
                    out.println("== " + file + previous.map(p -> " (against " + p.getKey() + ", "
                            + p.getValue().metadata().year() + ")").orElse(""));
                }
                report.findings().forEach(finding -> out.println(line(finding)));
                if (changes && previousSummary != null) {
                    YearOnYear yearOnYear = YearOnYears.of(BudgetSummaries.of(budget, file.toString(), null), previousSummary);
                    yearOnYear.totals().forEach(change -> out.println(changeLine(change)));
                    yearOnYear.classes().forEach(change -> out.println(changeLine(change)));
                }
                out.printf("STATUS: %s (%d errors, %d warnings, %d notes)%n", report.status(), report.errors(),
                        report.warnings(), report.notes());
            }
            if (report.status() == ValidationStatus.INVALID) {
                exit = Math.max(exit, 1);
            }
        }
        return exit;
    }

    /** The file among those read holding the previous year's budget of the same department and kind (the last one). */
    static Optional<Map.Entry<Path, ParsedBudget>> previousOf(ParsedBudget budget, Map<Path, ParsedBudget> read) {
        BudgetKey key = budget.metadata().key();
        BudgetKey wanted = new BudgetKey(key.departmentKey(), key.kind(), key.year() - 1);
        List<Map.Entry<Path, ParsedBudget>> found = new ArrayList<>();
        for (Map.Entry<Path, ParsedBudget> other : read.entrySet()) {
            if (other.getValue() != budget && other.getValue().metadata().key().equals(wanted)) {
                found.add(other);
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    private String line(ValidationFinding finding) {
        return String.format("%s %s %s expected=%s actual=%s %s", finding.severity(), finding.ruleId(),
                finding.location().describe(), plain(finding.expected()), plain(finding.actual()),
                chinese ? finding.messageZh() : finding.messageEn());
    }

    private static String changeLine(YearOnYear.FigureChange change) {
        return String.format("CHANGE %s%s previous=%s current=%s change=%s%s", change.item(),
                change.name() == null ? "" : " " + change.name(), plain(change.previous()), plain(change.current()),
                plain(change.change()), change.percent() == null ? "" : " (" + change.percent().toPlainString() + " %)");
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "-" : amount.toPlainString();
    }
}
