package budget.parser.testing;

import budget.model.ParsedBudget;
import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The five real documents in the repository's samples folder. */
public final class Samples {

    public static final List<String> NAMES = List.of(
            "baoshan-medical-security-2026",
            "minhang-medical-security-2023",
            "minhang-medical-security-2026",
            "shanghai-medical-security-2026",
            "songjiang-medical-security-2026");

    private Samples() {
    }

    /** The samples folder, found from the module directory (Maven) or the repository root (IDE). */
    public static Path directory() {
        for (Path candidate : List.of(Path.of("..", "samples"), Path.of("samples"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("samples folder not found from " + Path.of("").toAbsolutePath());
    }

    public static String text(String name) {
        try {
            return Files.readString(directory().resolve(name + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ParsedBudget parsed(String name) {
        ParseOutcome outcome = new BudgetParser().parse(text(name));
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            return parsed.budget();
        }
        throw new AssertionError(name + " was not read as a budget: " + outcome);
    }
}
