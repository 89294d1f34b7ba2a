package budget.parser;

import budget.model.BudgetTable;
import budget.model.NamedCell;
import budget.model.ParseDiagnostic;
import budget.model.ParsedBudget;
import budget.model.RowPlacement;
import budget.model.SummaryItem;
import budget.model.TableRow;
import budget.model.TableStatus;
import budget.parser.testing.DocumentRenderer;
import budget.parser.testing.Form;
import budget.parser.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever physical form a budget's tables come in, the parser reads back the same rows and amounts.
 * Every sample's parsed tables are rendered into every form, embedded in a minimal document, and parsed again.
 * Where blank cells vanished (single spaces, one cell per line) an amount may stay unplaced, but then the row is
 * AMBIGUOUS and a diagnostic names it: a wrong placement is never silent.
 */
class RoundTripTests {

    static Stream<Arguments> samplesAndForms() {
        List<Arguments> cases = new ArrayList<>();
        for (String sample : Samples.NAMES) {
            for (Form form : Form.values()) {
                cases.add(Arguments.of(sample, form));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("samplesAndForms")
    void tablesSurviveEveryForm(String sample, Form form) {
        ParsedBudget original = Samples.parsed(sample);
        String document = new DocumentRenderer(form).render(original);
        ParseOutcome outcome = new BudgetParser().parse(document);
        assertThat(outcome).as(document).isInstanceOf(ParseOutcome.Parsed.class);
        ParsedBudget reread = ((ParseOutcome.Parsed) outcome).budget();
        for (BudgetTable expected : original.tables()) {
            BudgetTable actual = reread.table(expected.number());
            String where = sample + " as " + form + ", table " + expected.number();
            assertThat(actual.status()).as(where).isEqualTo(expected.status());
            if (expected.status() == TableStatus.MISSING) {
                continue;
            }
            switch (expected.type().shape()) {
                case CODE -> compareCodeTable(expected, actual, reread, form, where);
                case SUMMARY -> compareSummary(expected, actual, reread, form, where);
                case CELLS -> compareCells(expected, actual, reread, form, where);
            }
        }
    }

    private static void compareCodeTable(BudgetTable expected, BudgetTable actual, ParsedBudget reread, Form form,
                                         String where) {
        assertThat(codes(actual.rows())).as(where + " codes").isEqualTo(codes(expected.rows()));
        for (int i = 0; i < expected.rows().size(); i++) {
            TableRow want = expected.rows().get(i);
            TableRow got = actual.rows().get(i);
            String row = where + " row " + want.code();
            assertThat(got.codeParts()).as(row).isEqualTo(want.codeParts());
            assertThat(got.name()).as(row + " name").isEqualTo(want.name());
            if (form.keepsBlanks() || got.placement() != RowPlacement.AMBIGUOUS) {
                assertSameAmounts(got.amounts(), want.amounts(), row);
                if (!form.keepsBlanks()) {
                    assertThat(got.placement()).as(row).isIn(RowPlacement.IDENTITY, RowPlacement.DELIMITED);
                }
            } else {
                assertThat(diagnosticsAt(reread, expected.number(), got.lines().get(0))).as(row + " diagnostic")
                        .isNotEmpty();
            }
        }
        if (!expected.totals().isEmpty()) {
            boolean reported = !diagnosticsAt(reread, expected.number(), actual.totalLine() == null ? -1
                    : actual.totalLine()).isEmpty();
            if (form.keepsBlanks() || !reported) {
                assertSameAmounts(actual.totals(), expected.totals(), where + " 合计");
            }
        }
    }

    private static void compareSummary(BudgetTable expected, BudgetTable actual, ParsedBudget reread, Form form,
                                       String where) {
        assertThat(actual.items()).as(where + " items").hasSameSizeAs(expected.items());
        List<SummaryItem> want = sortedBySide(expected.items());
        List<SummaryItem> got = sortedBySide(actual.items());
        for (int i = 0; i < want.size(); i++) {
            String item = where + " " + want.get(i).label();
            assertThat(got.get(i).label()).as(item).isEqualTo(want.get(i).label());
            assertThat(got.get(i).role()).as(item).isEqualTo(want.get(i).role());
            boolean reported = !diagnosticsAt(reread, expected.number(), got.get(i).line()).isEmpty();
            if (form.keepsBlanks() || !reported) {
                assertSameAmounts(got.get(i).amounts(), want.get(i).amounts(), item);
            }
        }
    }

    private static void compareCells(BudgetTable expected, BudgetTable actual, ParsedBudget reread, Form form,
                                     String where) {
        assertThat(actual.cells()).as(where).hasSameSizeAs(expected.cells());
        boolean reported = actual.cells().isEmpty()
                || !diagnosticsAt(reread, 9, actual.cells().get(0).line()).isEmpty();
        if (form.keepsBlanks() || !reported) {
            for (int i = 0; i < expected.cells().size(); i++) {
                NamedCell want = expected.cells().get(i);
                NamedCell got = actual.cells().get(i);
                assertThat(got.name()).as(where).isEqualTo(want.name());
                assertThat(got.yuan()).as(where + " " + want.name()).isEqualByComparingTo(want.yuan());
            }
        }
    }

    private static List<SummaryItem> sortedBySide(List<SummaryItem> items) {
        List<SummaryItem> sorted = new ArrayList<>();
        items.stream().filter(i -> i.side() == SummaryItem.Side.INCOME).forEach(sorted::add);
        items.stream().filter(i -> i.side() == SummaryItem.Side.EXPENSE).forEach(sorted::add);
        return sorted;
    }

    private static List<String> codes(List<TableRow> rows) {
        return rows.stream().map(TableRow::code).toList();
    }

    private static void assertSameAmounts(Map<String, BigDecimal> got, Map<String, BigDecimal> want, String where) {
        assertThat(got.keySet()).as(where + " columns").containsExactlyElementsOf(want.keySet());
        for (Map.Entry<String, BigDecimal> entry : want.entrySet()) {
            assertThat(got.get(entry.getKey())).as(where + " " + entry.getKey()).isEqualByComparingTo(entry.getValue());
        }
    }

    private static List<ParseDiagnostic> diagnosticsAt(ParsedBudget budget, int table, int line) {
        return budget.diagnostics().stream().filter(d -> d.line() == line && d.table() != null && d.table() == table)
                .toList();
    }
}
