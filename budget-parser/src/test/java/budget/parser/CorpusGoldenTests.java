package budget.parser;

import budget.parser.testing.Corpus;
import budget.parser.testing.GoldenComparison;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
        List<String> differences = GoldenComparison.differences(Corpus.golden(document), Corpus.parsed(document, form));

        assertThat(differences).as(document + "." + form).isEmpty();
    }
}
