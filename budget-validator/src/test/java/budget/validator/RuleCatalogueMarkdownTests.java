package budget.validator;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's rule table is generated: this keeps it from drifting away from the catalogue. */
class RuleCatalogueMarkdownTests {

    private static final String START = "<!-- rules:start -->";
    private static final String END = "<!-- rules:end -->";
    private static final Path README = Path.of("..", "README.md");
    private static final Path MODULE_README = Path.of("README.md");

    @Test
    void theTableHasAHeaderAndOneRowPerRule() {
        String table = RuleCatalogueMarkdown.render();

        assertThat(table).startsWith("| id | severity | 中文 | English |\n|---|---|---|---|\n");
        assertThat(table.lines().count()).isEqualTo(2 + BudgetValidator.catalogue().size());
        BudgetValidator.catalogue().forEach(rule -> assertThat(table).contains("| `" + rule.id() + "` | "
                + rule.defaultSeverity() + " | "));
    }

    @Test
    void theModuleReadmeCarriesExactlyTheRenderedTable() throws IOException {
        String readme = Files.readString(MODULE_README, StandardCharsets.UTF_8);

        assertThat(tableIn(readme)).as("budget-validator/README.md rule table; regenerate with "
                + "RuleCatalogueMarkdown.render()").isEqualTo(RuleCatalogueMarkdown.render().strip());
    }

    @Test
    void theProjectReadmeCarriesExactlyTheRenderedTable() throws IOException {
        String readme = Files.exists(README) ? Files.readString(README, StandardCharsets.UTF_8) : "";
        boolean marked = readme.contains(START) && readme.contains(END);
        if (!marked) {
            System.out.println("note: " + README.toAbsolutePath().normalize() + " has no " + START + " … " + END
                    + " section yet; paste RuleCatalogueMarkdown.render() between the markers to enable this check");
        }
        Assumptions.assumeTrue(marked, "README has no rule catalogue markers");

        assertThat(tableIn(readme)).as("README rule table; regenerate with RuleCatalogueMarkdown.render()")
                .isEqualTo(RuleCatalogueMarkdown.render().strip());
    }

    private static String tableIn(String readme) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("rules:start marker").isNotNegative();
        assertThat(end).as("rules:end marker").isGreaterThan(start);
        return readme.substring(start + START.length(), end).strip();
    }
}
