package budget.cli.check;

import budget.events.EventJson;
import budget.model.ParsedBudget;
import budget.model.validation.ValidationFinding;
import budget.model.validation.ValidationReport;
import budget.model.validation.ValidationStatus;
import budget.parser.BudgetDocuments;
import budget.validator.BudgetValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code budget check FILE...}: parse and validate without the pipeline, for a publisher checking a
 * document before upload.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Parses and validates budget documents without the pipeline. Prints one line per finding:",
                "  <SEVERITY> <rule id> <location> expected=<x> actual=<y> <message>",
                "then STATUS: <status> (<n> errors, <n> warnings, <n> notes).",
                "Exit 0 for VALID or VALID_WITH_WARNINGS, 1 for INVALID, 2 for unreadable input."})
public final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Budget documents: PDF, or UTF-8 / GB18030 text.")
    List<Path> files;

    @Option(names = "--json", description = "Print the validation report as JSON instead.")
    boolean json;

    @Option(names = "--zh", description = "Messages in Chinese (default: English).")
    boolean chinese;

    @Override
    public Integer call() {
        BudgetDocuments documents = new BudgetDocuments();
        BudgetValidator validator = new BudgetValidator();
        int exit = 0;
        for (Path file : files) {
            Optional<ParsedBudget> budget = ParseCommand.parse(documents, file);
            if (budget.isEmpty()) {
                exit = 2;
                continue;
            }
            ValidationReport report = validator.validate(budget.get());
            if (json) {
                System.out.println(EventJson.writeString(report));
            } else {
                if (files.size() > 1) {
                    System.out.println("== " + file);
                }
                report.findings().forEach(finding -> System.out.println(line(finding)));
                System.out.printf("STATUS: %s (%d errors, %d warnings, %d notes)%n", report.status(), report.errors(),
                        report.warnings(), report.notes());
            }
            if (report.status() == ValidationStatus.INVALID) {
                exit = Math.max(exit, 1);
            }
        }
        return exit;
    }

    private String line(ValidationFinding finding) {
        return String.format("%s %s %s expected=%s actual=%s %s", finding.severity(), finding.ruleId(),
                finding.location().describe(), plain(finding.expected()), plain(finding.actual()),
                chinese ? finding.messageZh() : finding.messageEn());
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "-" : amount.toPlainString();
    }
}
