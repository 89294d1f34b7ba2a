package budget.parser.testing;

import budget.model.ParsedBudget;
import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;
import tools.jackson.databind.JsonNode;
import budget.events.EventJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The development corpus of published PDF budgets: {@code samples/pdf/*.pdf}, each in the six text forms common
 * tools make of it ({@code samples/pdf-text/}), and its golden ({@code samples/golden/}), written from the
 * documents alone and checked by an independent script.
 */
public final class Corpus {

    public static final List<String> DOCUMENTS = List.of(
            "putuo-finance-bureau-2025-dept",
            "putuo-justice-bureau-2026-dept",
            "putuo-justice-bureau-2026-unit",
            "shanghai-finance-bureau-2025-unit");

    /** The suffixes of the text forms: pdftotext -layout, plain pdftotext, pdfplumber text, TSV, markdown, single spaces. */
    public static final List<String> FORMS = List.of("layout", "raw", "plumber", "tsv", "md", "single");

    private Corpus() {
    }

    public static String text(String document, String form) {
        return read(Samples.directory().resolve("pdf-text").resolve(document + "." + form + ".txt"));
    }

    public static ParsedBudget parsed(String document, String form) {
        ParseOutcome outcome = new BudgetParser().parse(text(document, form));
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            return parsed.budget();
        }
        throw new IllegalStateException(document + "." + form + " did not parse: " + outcome);
    }

    public static JsonNode golden(String document) {
        return EventJson.mapper().readTree(read(Samples.directory().resolve("golden").resolve(document + ".json")));
    }

    public static Path pdf(String document) {
        return Samples.directory().resolve("pdf").resolve(document + ".pdf");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
