package budget.cli.check;

import budget.events.EventJson;
import budget.model.BudgetMetadata;
import budget.model.BudgetTable;
import budget.model.NamedCell;
import budget.model.ParsedBudget;
import budget.model.SummaryItem;
import budget.model.TableType;
import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;
import budget.text.UnreadableText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code budget parse FILE...}: the tables the parser read, one line each, in a fixed form:
 * {@code T<n> <table name> <present|empty|missing> rows=<count> total=<合计 in yuan or ->}.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Reads budget documents and prints, per file, one line per table:",
                "  T<n> <table name> <present|empty|missing> rows=<count> total=<合计 in yuan or ->",
                "then the metadata and the count of diagnostics. Exit 0 when parsed, 2 when a file is not a readable budget."})
public final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Budget documents (UTF-8 or GB18030 text).")
    List<Path> files;

    @Option(names = "--json", description = "Print the full ParsedBudget as JSON instead.")
    boolean json;

    @Override
    public Integer call() {
        BudgetParser parser = new BudgetParser();
        int exit = 0;
        for (Path file : files) {
            Optional<ParsedBudget> budget = parse(parser, file);
            if (budget.isEmpty()) {
                exit = 2;
                continue;
            }
            if (json) {
                System.out.println(EventJson.writeString(budget.get()));
            } else {
                print(file, budget.get());
            }
        }
        return exit;
    }

    /** Parses a file, or prints why it is not a readable budget. Shared with {@code budget check}. */
    static Optional<ParsedBudget> parse(BudgetParser parser, Path file) {
        String text;
        try {
            text = DocumentFiles.read(file);
        } catch (UnreadableText e) {
            System.err.println(file + ": unreadable: " + e.getMessage());
            return Optional.empty();
        }
        ParseOutcome outcome = parser.parse(text);
        if (outcome instanceof ParseOutcome.NotABudget notABudget) {
            System.err.println(file + ": not a budget document: " + notABudget.reason());
            return Optional.empty();
        }
        return Optional.of(((ParseOutcome.Parsed) outcome).budget());
    }

    private static void print(Path file, ParsedBudget budget) {
        System.out.println("== " + file);
        for (BudgetTable table : budget.tables()) {
            int rows = switch (table.type().shape()) {
                case CODE -> table.rows().size();
                case SUMMARY -> table.items().size();
                case CELLS -> table.cells().size();
            };
            System.out.printf("T%d %s %s rows=%d total=%s%n", table.number(), table.type().titleWords(),
                    table.status().name().toLowerCase(), rows, total(table).map(BigDecimal::toPlainString).orElse("-"));
        }
        BudgetMetadata metadata = budget.metadata();
        System.out.printf("department=%s kind=%s year=%d level=%s printed=%s%n", metadata.departmentKey(),
                metadata.kind(), metadata.year(), metadata.level(), metadata.departmentPrinted());
        System.out.println("diagnostics=" + budget.diagnostics().size());
    }

    /** The table's grand total in yuan: 合计 of a code table, 收入总计 of a summary table, the 三公 total of table 9. */
    static Optional<BigDecimal> total(BudgetTable table) {
        if (table.type().shape() == TableType.Shape.CODE) {
            return Optional.ofNullable(table.totals().get(TableType.Columns.TOTAL));
        }
        if (table.type().shape() == TableType.Shape.SUMMARY) {
            return table.items().stream()
                    .filter(i -> i.side() == SummaryItem.Side.INCOME && i.role() == SummaryItem.Role.TOTAL)
                    .findFirst().map(i -> i.amount(TableType.Columns.BUDGET));
        }
        return table.cells().stream().filter(c -> c.name().equals("total")).findFirst().map(NamedCell::yuan);
    }
}
