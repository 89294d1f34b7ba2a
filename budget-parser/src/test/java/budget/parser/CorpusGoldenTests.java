package budget.parser;

import budget.model.BudgetTable;
import budget.model.ParsedBudget;
import budget.model.SummaryItem;
import budget.model.TableRow;
import budget.parser.testing.Corpus;
import budget.parser.testing.GoldenComparison;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text form of every published budget of the corpus reads into its golden: all nine tables, every row,
 * item and cell, as the independent goldens have them.
 */
class CorpusGoldenTests {

    static Stream<Arguments> documentsAndForms() {
        return Corpus.DOCUMENTS.stream().flatMap(d -> Corpus.FORMS.stream().map(f -> Arguments.of(d, f)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("documentsAndForms")
    void everyTableEqualsTheGolden(String document, String form) {
        ParsedBudget budget = Corpus.parsed(document, form);
        List<String> differences = GoldenComparison.differences(Corpus.golden(document), budget);
        assertThat(differences).as(document + "." + form).isEmpty();
    }

    @ParameterizedTest(name = "{0}.pdf")
    @MethodSource("documents")
    void thePdfAsPublishedReadsIntoTheGoldenWithEveryAmountOnItsPage(String document) throws Exception {
        ParseOutcome outcome = new BudgetDocuments().read(Files.readAllBytes(Corpus.pdf(document)));
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        ParsedBudget budget = ((ParseOutcome.Parsed) outcome).budget();

        assertThat(GoldenComparison.differences(Corpus.golden(document), budget)).as(document + ".pdf").isEmpty();
        for (BudgetTable table : budget.tables()) {
            for (TableRow row : table.rows()) {
                assertThat(row.box()).as(document + " T" + table.number() + " " + row.code()).isNotNull();
                row.amounts().forEach((column, amount) -> {
                    if (amount.signum() != 0) {
                        assertThat(row.cellBoxes()).as(document + " T" + table.number() + " " + row.code() + " "
                                + column).containsKey(column);
                    }
                });
            }
            for (SummaryItem item : table.items()) {
                assertThat(item.box()).as(document + " T" + table.number() + " " + item.label()).isNotNull();
            }
        }
        assertThat(budget.facts()).allSatisfy(f -> assertThat(f.box()).as(f.toString()).isNotNull());
    }

    /** Table 8 rows whose name a tool glued to the 款 code ({@code 301 01基本工资}) read as the golden. */
    @ParameterizedTest(name = "{0}.{1} with names glued to the 款")
    @MethodSource("documentsAndSpacedForms")
    void aNameGluedToTheCodeIsStillTheName(String document, String form) {
        String glued = Corpus.text(document, form).replaceAll("(?m)^(\\s*3\\d\\d)\\s+(\\d\\d)\\s+(\\p{IsHan})", "$1 $2$3");
        assertThat(glued).isNotEqualTo(Corpus.text(document, form));
        ParsedBudget budget = ((ParseOutcome.Parsed) new BudgetParser().parse(glued)).budget();

        assertThat(GoldenComparison.differences(Corpus.golden(document), budget)).as(document + "." + form).isEmpty();
    }

    static Stream<Arguments> documentsAndSpacedForms() {
        return Corpus.DOCUMENTS.stream().flatMap(d -> Stream.of("layout", "plumber", "single").map(f -> Arguments.of(d, f)));
    }

    static Stream<String> documents() {
        return Corpus.DOCUMENTS.stream();
    }
}
