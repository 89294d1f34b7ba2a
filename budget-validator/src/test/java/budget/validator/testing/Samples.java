package budget.validator.testing;

import budget.model.ParsedBudget;
import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real documents of the repository's samples folder, parsed by the project's parser (each once per test run):
 * the five original ones ({@link #NAMES}) and the published PDF budgets of the corpus in each of their text forms
 * ({@link #CORPUS}, {@link #FORMS}; named {@code pdf-text/<document>.<form>}).
 */
public final class Samples {

    public static final List<String> NAMES = List.of(
            "baoshan-medical-security-2026",
            "minhang-medical-security-2023",
            "minhang-medical-security-2026",
            "shanghai-medical-security-2026",
            "songjiang-medical-security-2026");

    /** The published budgets of samples/pdf, whose text forms are in samples/pdf-text. */
    public static final List<String> CORPUS = List.of(
            "putuo-finance-bureau-2025-dept",
            "putuo-justice-bureau-2026-dept",
            "putuo-justice-bureau-2026-unit",
            "shanghai-finance-bureau-2025-unit");

    /** pdftotext -layout, plain pdftotext, pdfplumber text, TSV, markdown, single spaces. */
    public static final List<String> FORMS = List.of("layout", "raw", "plumber", "tsv", "md", "single");

    /** Found as the parser's tests find it: from the module directory (Maven) or the repository root. */
    private static final Path DIRECTORY = budget.parser.testing.Samples.directory();
    private static final Map<String, Optional<ParsedBudget>> PARSED = new LinkedHashMap<>();

    private Samples() {
    }

    /** A document by its name under samples/, without suffix; {@code pdf/<document>} reads the published PDF. */
    public static synchronized Optional<ParsedBudget> parsed(String name) {
        return PARSED.computeIfAbsent(name, n -> n.startsWith("pdf/") ? parsePdf(n) : parse(text(n)));
    }

    private static Optional<ParsedBudget> parsePdf(String name) {
        try {
            byte[] bytes = Files.readAllBytes(DIRECTORY.resolve(name + ".pdf"));
            return new budget.parser.BudgetDocuments().read(bytes) instanceof ParseOutcome.Parsed parsed
                    ? Optional.of(parsed.budget()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text forms that lose structure the six keep or lay it out otherwise (content-stream order; pages run on
     * without form feeds; a fixed character pitch that moves every margin), in {@code samples/pdf-text-more/}: held
     * to the document's genuine ERRORs only.
     */
    public static final List<String> MORE_FORMS = List.of("stream", "nopgbrk", "fixed");

    /** The corpus documents in the {@link #MORE_FORMS}, by the name {@link #text} takes. */
    public static List<String> moreForms() {
        List<String> all = new java.util.ArrayList<>();
        for (String document : CORPUS) {
            for (String form : MORE_FORMS) {
                all.add("pdf-text-more/" + document + "." + form);
            }
        }
        return all;
    }

    /** Every document of the samples folder, by the name {@link #text} takes. */
    public static List<String> everyDocument() {
        List<String> all = new java.util.ArrayList<>(NAMES);
        for (String document : CORPUS) {
            all.add("pdf/" + document);
            for (String form : FORMS) {
                all.add("pdf-text/" + document + "." + form);
            }
        }
        return all;
    }

    public static String text(String name) {
        try {
            return Files.readString(DIRECTORY.resolve(name + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<ParsedBudget> parse(String text) {
        return new BudgetParser().parse(text) instanceof ParseOutcome.Parsed parsed
                ? Optional.of(parsed.budget()) : Optional.empty();
    }
}
