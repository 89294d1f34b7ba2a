package budget.query.budgets;

import budget.events.DocumentValidated;
import budget.events.published.Publication;
import budget.model.ParsedBudget;
import budget.parser.BudgetDocuments;
import budget.parser.ParseOutcome;
import budget.validator.BudgetValidator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The five samples and the four published PDFs of the repository, read and validated: the validated events
 * validate-service publishes for them (read once per run).
 */
final class ValidatedSamples {

    private static List<DocumentValidated> events;

    private ValidatedSamples() {
    }

    static synchronized List<DocumentValidated> events() {
        if (events == null) {
            events = read();
        }
        return events;
    }

    private static List<DocumentValidated> read() {
        Path samples = Files.isDirectory(Path.of("samples")) ? Path.of("samples") : Path.of("..", "samples");
        BudgetValidator validator = new BudgetValidator();
        Instant received = Instant.parse("2026-11-22T08:00:00Z");
        List<DocumentValidated> out = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(samples), Files.list(samples.resolve("pdf")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".pdf"))
                    .sorted().toList()) {
                if (new BudgetDocuments().read(Files.readAllBytes(file)) instanceof ParseOutcome.Parsed parsed) {
                    ParsedBudget budget = parsed.budget();
                    String name = file.getFileName().toString();
                    out.add(new DocumentValidated("e-" + name, DocumentValidated.TYPE,
                            DocumentValidated.SCHEMA_VERSION, received.plusSeconds(2), "d-" + name, name, received,
                            received.plusSeconds(1), budget.metadata().key(), validator.validate(budget),
                            Publication.publish(budget)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() != 9) {
            throw new IllegalStateException("expected the 5 samples and 4 PDFs to be read, got " + out.size());
        }
        return List.copyOf(out);
    }
}
