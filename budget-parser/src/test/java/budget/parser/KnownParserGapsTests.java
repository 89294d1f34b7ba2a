package budget.parser;

import budget.parser.testing.GoldenBudget;
import budget.parser.testing.KnownParserGaps;
import budget.parser.testing.KnownParserGaps.Gap;
import budget.parser.testing.Variation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every known parser gap's minimal example is one its predicate covers, and still fails. When the parser learns to
 * read an example this test fails on purpose: remove the gap from {@link KnownParserGaps} and PROPERTY-FAILURES.md,
 * and the property tests take back the variations it excluded.
 */
class KnownParserGapsTests {

    static List<Gap> gaps() {
        return KnownParserGaps.GAPS;
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("gaps")
    void theMinimalExampleIsCoveredAndStillFails(Gap gap) {
        GoldenBudget golden = GoldenBudget.load(gap.golden());
        Variation example = Variation.parse(gap.example());

        assertThat(gap.covers().test(golden, example)).as(gap.id() + " covers its example").isTrue();
        assertThat(GeneratedDocumentPropertyTests.readBack(golden, example))
                .as(gap.id() + " (" + gap.summary() + ") reads its example now: remove the gap").isNotEmpty();
    }
}
