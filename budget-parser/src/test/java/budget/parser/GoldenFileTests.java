package budget.parser;

import budget.events.EventJson;
import budget.model.ParsedBudget;
import budget.parser.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each sample parses to exactly its golden file. The goldens were checked against the source text by an
 * independent script and by eye (see src/test/resources/golden/README.md); they are not simply the parser's
 * output. To rewrite them after a deliberate change: {@code mvn -o -pl budget-parser test -Dgolden.update=true},
 * then check the diff and re-run the verification script.
 */
class GoldenFileTests {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static List<String> samples() {
        return Samples.NAMES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleParsesToItsGoldenFile(String name) throws IOException {
        ParsedBudget parsed = Samples.parsed(name);
        String actual = render(parsed);
        Path golden = GOLDEN.resolve(name + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        JsonNode expectedTree = EventJson.mapper().readTree(expected);
        JsonNode actualTree = EventJson.mapper().readTree(actual);
        assertThat(actualTree).as("parsed %s against its golden file", name).isEqualTo(expectedTree);
        assertThat(EventJson.read(expected, ParsedBudget.class)).as("golden %s reads back", name).isEqualTo(parsed);
    }

    static String render(ParsedBudget budget) {
        return EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(budget) + "\n";
    }
}
