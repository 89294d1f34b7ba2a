package budget.parser.pdf;

import budget.model.BudgetMetadata;
import budget.model.BudgetTable;
import budget.model.NamedCell;
import budget.model.NarrativeFact;
import budget.model.ParsedBudget;
import budget.model.SummaryItem;
import budget.model.TableRow;
import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One table reader, two front ends: the parser reads the text the PDF front end makes of each sample PDF into
 * the same nine tables as the tab-separated text pdfplumber made of the same PDF (samples/pdf-text/*.tsv.txt):
 * the same codes, names, amounts and placements row by row, the same totals, summary items and table-9 cells,
 * and no diagnostic the tsv form does not have. Line numbers differ (the PDF front end leaves out text placed
 * outside the visible page, as pdftotext does, and pdfplumber keeps it), so they are not compared here; that
 * they point at the right place is {@link PdfGeometryTests}' job.
 * <p>
 * No difference between the two readings comes from the parser's table readers on these samples; were one
 * found, it would be listed here as an asserted known difference rather than loosen the comparison.
 */
class PdfTsvAgreementTests {

    private static final BudgetParser PARSER = new BudgetParser();

    static List<String> samples() {
        return SamplePdfs.NAMES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theNineTablesAreReadAlikeFromThePdfAndFromTheTsvForm(String name) {
        ParsedBudget fromTsv = parse(SamplePdfs.tsv(name));
        ParsedBudget fromPdf = parse(SamplePdfs.read(name).text());
        assertThat(metadata(fromPdf.metadata())).as(name + " metadata").isEqualTo(metadata(fromTsv.metadata()));
        for (int number = 1; number <= 9; number++) {
            BudgetTable expected = fromTsv.table(number);
            BudgetTable actual = fromPdf.table(number);
            String where = name + ", table " + number;
            assertThat(header(actual)).as(where + " header").isEqualTo(header(expected));
            assertThat(rows(actual)).as(where + " rows").isEqualTo(rows(expected));
            assertThat(amounts(actual.totals())).as(where + " totals").isEqualTo(amounts(expected.totals()));
            assertThat(items(actual)).as(where + " summary items").isEqualTo(items(expected));
            assertThat(cells(actual)).as(where + " table-9 cells").isEqualTo(cells(expected));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void noLineReadsWorseFromThePdf(String name) {
        ParsedBudget fromTsv = parse(SamplePdfs.tsv(name));
        ParsedBudget fromPdf = parse(SamplePdfs.read(name).text());
        List<String> tsvDiagnostics = fromTsv.diagnostics().stream().map(d -> d.table() + " " + d.reason()).toList();
        List<String> pdfDiagnostics = fromPdf.diagnostics().stream().map(d -> d.table() + " " + d.reason()).toList();
        assertThat(tsvDiagnostics).as(name).containsAll(pdfDiagnostics);
        assertThat(pdfDiagnostics.size()).as(name).isLessThanOrEqualTo(tsvDiagnostics.size());
    }

    /**
     * The narrative figures agree too, except those the tsv form reads from text placed outside the visible
     * page (the 编制说明 items 1–6 repeated off page 8 of the finance bureau's PDF): every figure read from the
     * PDF text is read from the tsv form, and every figure only the tsv form has comes from a line the tsv form
     * holds more often than the PDF text does.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theNarrativeFiguresAgreeButForTextOutsideThePage(String name) {
        String tsv = SamplePdfs.tsv(name);
        String pdf = SamplePdfs.read(name).text();
        List<String> tsvLines = lines(tsv);
        Map<String, Integer> pdfLineCounts = counts(lines(pdf));
        Map<String, Integer> tsvLineCounts = counts(tsvLines);
        Map<String, Integer> surplus = counts(facts(parse(tsv)));
        for (String fact : facts(parse(pdf))) {
            assertThat(surplus.getOrDefault(fact, 0)).as(name + ": read from the PDF but not from the tsv: " + fact)
                    .isPositive();
            surplus.merge(fact, -1, Integer::sum);
        }
        for (NarrativeFact fact : parse(tsv).facts()) {
            String key = fact(fact);
            if (surplus.getOrDefault(key, 0) > 0) {
                String line = tsvLines.get(fact.line() - 1);
                assertThat(tsvLineCounts.get(line)).as(name + ": only the tsv form reads " + key + " from: " + line)
                        .isGreaterThan(pdfLineCounts.getOrDefault(line, 0));
            }
        }
    }

    @Test
    void theReaderGivesTheSameTextOnEveryThreadAndEveryTime() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String name : SamplePdfs.NAMES) {
                    texts.add(pool.submit(() -> ((PdfReadOutcome.Read) new PdfTextReader().read(SamplePdfs.bytes(name)))
                            .text().text()));
                }
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).isEqualTo(SamplePdfs.read(SamplePdfs.NAMES.get(i % 4)).text());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ParsedBudget parse(String text) {
        ParseOutcome outcome = PARSER.parse(text);
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).budget();
    }

    private static String metadata(BudgetMetadata m) {
        return String.join(" | ", m.departmentPrinted(), m.departmentKey(), String.valueOf(m.departmentCode()),
                String.valueOf(m.consolidated()), String.valueOf(m.kind()), String.valueOf(m.level()),
                String.valueOf(m.region()), String.valueOf(m.year()), String.valueOf(m.budgetUnits()));
    }

    private static String header(BudgetTable t) {
        return String.join(" | ", String.valueOf(t.status()), String.valueOf(t.title()), String.valueOf(t.note()),
                String.valueOf(t.preparedBy()), String.valueOf(t.headerYear()), String.valueOf(t.unit()),
                String.valueOf(t.columns()));
    }

    private static List<String> rows(BudgetTable t) {
        return t.rows().stream().map(PdfTsvAgreementTests::row).toList();
    }

    static String row(TableRow r) {
        return r.code() + " " + r.codeParts() + " " + r.name() + (r.nameFilled() ? " (name filled)" : "") + " "
                + amounts(r.amounts()) + " " + r.placement();
    }

    private static List<String> items(BudgetTable t) {
        return t.items().stream().map((SummaryItem i) -> i.side() + " " + i.role() + " " + i.label() + " " + i.name()
                + " " + amounts(i.amounts())).toList();
    }

    private static List<String> cells(BudgetTable t) {
        return t.cells().stream().map((NamedCell c) -> c.name() + " " + c.label() + " " + c.printed() + " "
                + plain(c.tenThousandYuan()) + " " + plain(c.yuan())).toList();
    }

    private static String amounts(Map<String, BigDecimal> amounts) {
        return amounts.entrySet().stream().map(e -> e.getKey() + "=" + plain(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** Exact, scale included: "0.00" and "0" are what was printed, and must agree too. */
    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
    }

    private static List<String> facts(ParsedBudget budget) {
        return budget.facts().stream().map(PdfTsvAgreementTests::fact).toList();
    }

    private static String fact(NarrativeFact f) {
        return f.kind() + " " + f.label() + " " + (f.amount() == null ? null : f.amount().text()) + " "
                + (f.change() == null ? null : f.change().text()) + " " + f.comparedYear();
    }

    /** The lines as the parser numbers them, form feeds removed. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.replace("\f", ""));
        }
        return lines;
    }

    private static Map<String, Integer> counts(List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts;
    }
}
