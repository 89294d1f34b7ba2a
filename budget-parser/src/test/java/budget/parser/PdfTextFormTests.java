package budget.parser;

import budget.model.BudgetTable;
import budget.model.ParsedBudget;
import budget.model.RowPlacement;
import budget.model.TableRow;
import budget.parser.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four published PDFs of {@code samples/pdf}, as plain pdftotext prints them ({@code .raw.txt}: reading
 * order, one cell per line, a row's cells scattered), read into the same code tables as their tab-separated form
 * ({@code .tsv.txt}, blank cells kept, which the parser reads cell by cell): same codes, names and amounts, and
 * no row of a code table left ambiguous or reported.
 */
class PdfTextFormTests {

    static final List<String> DOCUMENTS = List.of(
            "putuo-finance-bureau-2025-dept",
            "putuo-justice-bureau-2026-dept",
            "putuo-justice-bureau-2026-unit",
            "shanghai-finance-bureau-2025-unit");

    static final List<Integer> CODE_TABLES = List.of(2, 3, 5, 6, 7, 8);

    static List<String> documents() {
        return DOCUMENTS;
    }

    static String text(String document, String form) {
        try {
            return Files.readString(Samples.directory().resolve("pdf-text").resolve(document + "." + form + ".txt"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedBudget parse(String text) {
        ParseOutcome outcome = new BudgetParser().parse(text);
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).budget();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void plainPdftotextReadsTheCodeTablesOfTheTabSeparatedForm(String document) {
        ParsedBudget raw = parse(text(document, "raw"));
        ParsedBudget tsv = parse(text(document, "tsv"));
        for (int number : CODE_TABLES) {
            String where = document + " table " + number;
            CodeTables.assertSame(raw.table(number), tsv.table(number), where);
            for (TableRow row : raw.table(number).rows()) {
                assertThat(row.placement()).as(where + " row " + row.code()).isNotEqualTo(RowPlacement.AMBIGUOUS);
            }
            assertThat(raw.diagnostics()).as(where + " diagnostics")
                    .noneMatch(d -> d.table() != null && d.table() == number);
        }
    }

    /** Compares code tables: codes, names, amounts per column (by value) and totals. */
    static final class CodeTables {

        private CodeTables() {
        }

        static void assertSame(BudgetTable actual, BudgetTable expected, String where) {
            assertThat(actual.status()).as(where + " status").isEqualTo(expected.status());
            assertThat(actual.rows().stream().map(TableRow::code).toList()).as(where + " codes")
                    .isEqualTo(expected.rows().stream().map(TableRow::code).toList());
            for (int i = 0; i < expected.rows().size(); i++) {
                TableRow want = expected.rows().get(i);
                TableRow got = actual.rows().get(i);
                String row = where + " row " + want.code();
                assertThat(got.codeParts()).as(row + " parts").isEqualTo(want.codeParts());
                assertThat(got.name()).as(row + " name").isEqualTo(want.name());
                assertSameAmounts(got.amounts(), want.amounts(), row);
            }
            assertSameAmounts(withZeros(actual.totals(), expected.columns()),
                    withZeros(expected.totals(), expected.columns()), where + " 合计");
        }

        /** A table without a 合计 row and one whose 合计 row is blank both total zero. */
        private static Map<String, BigDecimal> withZeros(Map<String, BigDecimal> totals, List<String> columns) {
            if (!totals.isEmpty()) {
                return totals;
            }
            Map<String, BigDecimal> zeros = new LinkedHashMap<>();
            columns.forEach(column -> zeros.put(column, BigDecimal.ZERO));
            return zeros;
        }

        static void assertSameAmounts(Map<String, BigDecimal> got, Map<String, BigDecimal> want, String where) {
            assertThat(got.keySet()).as(where + " columns").containsExactlyElementsOf(want.keySet());
            for (Map.Entry<String, BigDecimal> entry : want.entrySet()) {
                assertThat(got.get(entry.getKey())).as(where + " " + entry.getKey())
                        .isEqualByComparingTo(entry.getValue());
            }
        }
    }
}
