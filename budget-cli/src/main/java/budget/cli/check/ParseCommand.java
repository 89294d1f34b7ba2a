package budget.cli.check;

import budget.events.EventJson;
import budget.events.published.Publication;
import budget.model.BudgetMetadata;
import budget.model.BudgetTable;
import budget.model.NamedCell;
import budget.model.ParsedBudget;
import budget.model.SummaryItem;
import budget.model.TableType;
import budget.parser.BudgetDocuments;
import budget.parser.ParseOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Files;
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

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Budget documents: PDF, or UTF-8 / GB18030 text.")
    List<Path> files;

    @Option(names = "--json", description = "Print the budget as the parsed event carries it, as JSON: {budget, reading}.")
    boolean json;

    @Override
    public Integer call() {
        BudgetDocuments documents = new BudgetDocuments();
        int exit = 0;
        for (Path file : files) {
            Optional<ParsedBudget> budget = parse(documents, file);
            if (budget.isEmpty()) {
                exit = 2;
                continue;
            }
            if (json) {
                System.out.println(EventJson.writeString(Publication.split(budget.get())));
            } else {
                print(file, budget.get());
            }
        }
        return exit;
    }

    /**
     * Reads a file as the pipeline would (a PDF, or UTF-8 / GB18030 text), or prints why it is not a readable
     * budget. Shared with {@code budget check}.
     */
    static Optional<ParsedBudget> parse(BudgetDocuments documents, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            System.err.println(file + ": unreadable: cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        ParseOutcome outcome = documents.read(bytes);
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            return Optional.of(parsed.budget());
        }
        if (outcome instanceof ParseOutcome.Unreadable unreadable) {
            System.err.println(file + ": unreadable (" + unreadable.code() + "): " + unreadable.reason());
        } else {
            System.err.println(file + ": not a budget document: " + ((ParseOutcome.NotABudget) outcome).reason());
        }
        return Optional.empty();
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
