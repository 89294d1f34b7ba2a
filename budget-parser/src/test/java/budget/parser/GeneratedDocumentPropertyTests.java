package budget.parser;

import budget.model.ParsedBudget;
import budget.parser.testing.DocumentGenerator;
import budget.parser.testing.GoldenBudget;
import budget.parser.testing.KnownParserGaps;
import budget.parser.testing.PropertyCheck;
import budget.parser.testing.ReadBack;
import budget.parser.testing.Variation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: print any golden budget in any realistic variation ({@link Variation}: form, zeros, separators,
 * decimals, header lines, wrapped header cells, names and labels, code layouts, page breaks with or without the
 * header, narrower or nameless pages, page numbers, form feeds, glued summary cells), with what it prints varied
 * too ({@link budget.parser.testing.Content}: scaled amounts, other places, levels, departments, units and years, a
 * fund table with rows, other classes), and parsing the text gives back the varied golden's tables and metadata. A row the parser reads as certain must equal the golden; only where a blank cell
 * vanished may a row stay AMBIGUOUS, and then a diagnostic names it ({@link ReadBack}). Every golden,
 * {@value #DEFAULT_TRIES} variations each by default, the five forms in turn. Variations that a known parser gap
 * covers ({@link KnownParserGaps}, PROPERTY-FAILURES.md) are not tried, and are counted in the printout.
 * <p>
 * Reproduce or explore: {@code -Dproperty.seed=N} (the seed of every golden's run), {@code -Dproperty.tries=N},
 * {@code -Dproperty.explore=true} (go on after a failure and list every distinct shrunk failure).
 */
class GeneratedDocumentPropertyTests {

    static final int DEFAULT_TRIES = 300;
    private static final int TRIES = Integer.getInteger("property.tries", DEFAULT_TRIES);
    private static final boolean EXPLORE = Boolean.getBoolean("property.explore");

    static List<String> goldens() {
        return GoldenBudget.NAMES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void parsingAGeneratedDocumentGivesBackTheGolden(String name) {
        GoldenBudget golden = GoldenBudget.load(name);
        long seed = Long.getLong("property.seed", 20260512L) ^ name.hashCode();
        PropertyCheck.Result result = PropertyCheck.run(TRIES, seed, EXPLORE, KnownParserGaps.forGolden(golden),
                (random, form) -> Variation.random(random, form, golden), v -> readBack(golden, v),
                v -> DocumentGenerator.render(golden, v));
        System.out.printf("%s: %d variations checked (seed %d), excluded by known gaps %s, %d failing%n", name,
                result.checked(), seed, result.excluded(), result.failures().size());
        List<String> reports = new ArrayList<>();
        for (PropertyCheck.Failure failure : result.failures()) {
            reports.add(report(name, failure));
        }
        assertThat(reports).as(name).isEmpty();
        assertThat(result.checked()).as(name + " variations checked").isEqualTo(TRIES);
    }

    @ParameterizedTest(name = "plain {0}")
    @EnumSource(Variation.Form.class)
    void everyGoldenReadsBackFromItsPlainDocument(Variation.Form form) {
        for (String name : GoldenBudget.NAMES) {
            GoldenBudget golden = GoldenBudget.load(name);
            assertThat(readBack(golden, Variation.plain(form))).as(name + " " + form).isEmpty();
        }
    }

    static List<String> readBack(GoldenBudget golden, Variation variation) {
        String document = DocumentGenerator.render(golden, variation);
        ParseOutcome outcome = new BudgetParser().parse(document);
        if (!(outcome instanceof ParseOutcome.Parsed parsed)) {
            return List.of("not read as a budget: " + outcome);
        }
        ParsedBudget budget = parsed.budget();
        return ReadBack.differences(golden, variation, budget).stream().map(ReadBack.Difference::toString).toList();
    }

    private static final Pattern LINES = Pattern.compile("\\(lines \\[([0-9, ]+)]\\)");

    /** The shrunk variation, what differs, and the document's lines around each difference. */
    static String report(String name, PropertyCheck.Failure failure) {
        StringBuilder text = new StringBuilder();
        text.append("\n=== ").append(name).append(": ").append(failure.shrunk().differencesFromPlain()).append('\n');
        text.append("    full: ").append(failure.shrunk()).append('\n');
        text.append("    generated as: ").append(failure.generated().differencesFromPlain()).append('\n');
        String[] lines = failure.document().split("\n", -1);
        int shown = 0;
        for (String difference : failure.differences()) {
            text.append("  - ").append(difference).append('\n');
            Matcher m = LINES.matcher(difference);
            if (m.find() && shown < 6) {
                shown++;
                List<Integer> numbers = new ArrayList<>();
                for (String n : m.group(1).split(",\\s*")) {
                    numbers.add(Integer.parseInt(n.trim()));
                }
                int from = Math.max(1, numbers.get(0) - 2);
                int to = Math.min(lines.length, numbers.get(numbers.size() - 1) + 2);
                for (int i = from; i <= to; i++) {
                    text.append(String.format("      %4d| %s%n", i, lines[i - 1].replace("\f", "\\f").replace("\t", "\\t")));
                }
            }
        }
        return text.toString();
    }
}
