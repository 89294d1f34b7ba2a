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
 * The five real documents of the repository's samples folder, parsed by the project's parser (each once per test run).
 */
public final class Samples {

    public static final List<String> NAMES = List.of(
            "baoshan-medical-security-2026",
            "minhang-medical-security-2023",
            "minhang-medical-security-2026",
            "shanghai-medical-security-2026",
            "songjiang-medical-security-2026");

    private static final Path DIRECTORY = Path.of("..", "samples");
    private static final Map<String, Optional<ParsedBudget>> PARSED = new LinkedHashMap<>();

    private Samples() {
    }

    public static synchronized Optional<ParsedBudget> parsed(String name) {
        return PARSED.computeIfAbsent(name, n -> parse(text(n)));
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
