package budget.parser;

import budget.model.BudgetTable;
import budget.model.ParseDiagnostic;
import budget.model.ParsedBudget;
import budget.model.RowPlacement;
import budget.model.TableRow;
import budget.model.TableStatus;
import budget.parser.testing.PdftotextRenderer;
import budget.parser.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated cases: the code tables of nine real budgets (the four published PDFs as read from their tab-separated
 * form, and the five samples) rendered one cell per line in the orders plain pdftotext prints (see
 * {@link PdftotextRenderer}), 300 seeded random renderings, read back. Every row comes back with its code, name
 * and amounts, or is AMBIGUOUS and named in a diagnostic: a wrong row never looks certain. With zero cells printed
 * and no code columns printed as blocks, nothing may stay ambiguous.
 */
class PdftotextOrderTests {

    private static final int TRIES = 300;
    private static final List<Integer> CODE_TABLES = List.of(2, 3, 5, 6, 7, 8);
    private static List<ParsedBudget> sources;

    static IntStream seeds() {
        return IntStream.range(0, TRIES);
    }

    private static synchronized List<ParsedBudget> sources() {
        if (sources == null) {
            List<ParsedBudget> all = new ArrayList<>();
            for (String document : PdfTextFormTests.DOCUMENTS) {
                all.add(PdfTextFormTests.parse(PdfTextFormTests.text(document, "tsv")));
            }
            for (String sample : Samples.NAMES) {
                all.add(Samples.parsed(sample));
            }
            sources = all;
        }
        return sources;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void codeTablesComeBackFromPdftotextOrder(int seed) {
        Random random = new Random(0x5EED_0000L + seed);
        ParsedBudget source = sources().get(random.nextInt(sources().size()));
        PdftotextRenderer.Style style = PdftotextRenderer.Style.random(random);
        String document = new PdftotextRenderer(style, random).render(source, CODE_TABLES);
        ParsedBudget reread = PdfTextFormTests.parse(document);
        boolean strict = style.zeros() && !style.columnBlock();
        for (int number : CODE_TABLES) {
            BudgetTable expected = source.table(number);
            if (expected.status() != TableStatus.PRESENT) {
                continue;
            }
            String where = "seed " + seed + " " + style + " " + source.metadata().departmentPrinted() + " table "
                    + number;
            BudgetTable actual = reread.table(number);
            assertThat(actual.rows()).as(where + " rows\n" + document).hasSameSizeAs(expected.rows());
            for (int i = 0; i < expected.rows().size(); i++) {
                TableRow want = expected.rows().get(i);
                TableRow got = actual.rows().get(i);
                String row = where + " row " + want.code();
                if (got.placement() == RowPlacement.AMBIGUOUS) {
                    assertThat(strict).as(row + " is ambiguous\n" + document).isFalse();
                    assertThat(diagnosticsAt(reread, number, got.lines().get(0))).as(row + " diagnostic").isNotEmpty();
                    continue;
                }
                assertThat(got.code()).as(row + "\n" + document).isEqualTo(want.code());
                assertThat(got.name()).as(row + " name\n" + document).isEqualTo(want.name());
                PdfTextFormTests.CodeTables.assertSameAmounts(got.amounts(), want.amounts(), row);
            }
            boolean totalReported = actual.totalLine() != null
                    && !diagnosticsAt(reread, number, actual.totalLine()).isEmpty();
            if (!totalReported) {
                assertThat(actual.totals().values().stream().map(BigDecimal::stripTrailingZeros).toList())
                        .as(where + " 合计").isEqualTo(expected.totals().values().stream()
                                .map(BigDecimal::stripTrailingZeros).toList());
            }
        }
    }

    private static List<ParseDiagnostic> diagnosticsAt(ParsedBudget budget, int table, int line) {
        return budget.diagnostics().stream()
                .filter(d -> d.line() == line && d.table() != null && d.table() == table).toList();
    }
}
