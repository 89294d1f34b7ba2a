package budget.parser.pdf;

import budget.model.BudgetTable;
import budget.model.NamedCell;
import budget.model.ParsedBudget;
import budget.model.SummaryItem;
import budget.model.TableRow;
import budget.model.TableType;
import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The geometry is true: for every row the parser reads from a sample PDF's text, each printed amount's cell
 * box, cut out of its page again by PDFBox's own {@link PDFTextStripperByArea} (an independent extraction:
 * PDFBox's text order, none of the front end's layout), gives back the amount as printed. Also every row's
 * amounts are all printed on its lines (a zero may be a blank cell), so no amount lacks its box.
 */
class PdfGeometryTests {

    /** How far beyond a cell box the re-extraction looks: rulings are 0.6 pt, glyphs sit well inside. */
    private static final double PADDING = 1.0;

    private record Printed(int page, String text, Box box, String where) {
    }

    static List<String> samples() {
        return SamplePdfs.NAMES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyPrintedAmountIsFoundAgainInItsCellBox(String name) throws IOException {
        PdfText pdfText = SamplePdfs.read(name);
        ParseOutcome outcome = new BudgetParser().parse(pdfText.text());
        ParsedBudget budget = ((ParseOutcome.Parsed) outcome).budget();
        List<Printed> printed = new ArrayList<>();
        int rows = 0;
        for (BudgetTable table : budget.tables()) {
            if (table.type().shape() == TableType.Shape.CODE) {
                for (TableRow row : table.rows()) {
                    rows++;
                    printed.addAll(printedAmounts(pdfText, row.lines(), row.amounts(),
                            name + " table " + table.number() + " row " + row.code()));
                }
            }
            for (SummaryItem item : table.items()) {
                printed.addAll(printedAmounts(pdfText, List.of(item.line()), item.amounts(),
                        name + " table " + table.number() + " " + item.label()));
            }
            for (NamedCell cell : table.cells()) {
                if (cell.printed() == null || cell.printed().isBlank()) {
                    continue; // a blank cell: nothing printed to find
                }
                String where = name + " table 9 " + cell.name();
                Optional<Box> box = pdfText.cellBox(cell.line(), cell.printed());
                assertThat(box).as(where + " on line " + cell.line()).isPresent();
                printed.add(new Printed(pdfText.lineAt(cell.line()).orElseThrow().page(), cell.printed(), box.get(),
                        where));
            }
        }
        assertThat(rows).as(name + " code-table rows").isGreaterThan(50);
        assertThat(printed).as(name + " printed amounts").hasSizeGreaterThan(150);
        Map<Printed, String> extracted = reextract(SamplePdfs.bytes(name), printed);
        for (Printed amount : printed) {
            assertThat(extracted.get(amount)).as(amount.where() + " at " + amount.box() + " on page " + amount.page())
                    .isEqualTo(amount.text());
        }
    }

    /**
     * The printed text of every amount of a row: the cell of its lines whose number equals the amount. A zero
     * with no such cell was a blank cell; any other amount must have one.
     */
    private static List<Printed> printedAmounts(PdfText pdfText, List<Integer> lines, Map<String, BigDecimal> amounts,
                                                String where) {
        List<Printed> printed = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> amount : amounts.entrySet()) {
            Printed found = null;
            for (int line : lines) {
                LineGeometry geometry = pdfText.lineAt(line).orElseThrow();
                for (CellBox cell : geometry.cells()) {
                    BigDecimal value = number(cell.text());
                    if (value != null && value.compareTo(amount.getValue()) == 0) {
                        Box box = pdfText.cellBox(line, cell.text()).orElseThrow();
                        found = new Printed(geometry.page(), cell.text(), box, where + " " + amount.getKey());
                        break;
                    }
                }
                if (found != null) {
                    break;
                }
            }
            if (found != null) {
                printed.add(found);
            } else {
                assertThat(amount.getValue().signum()).as(where + " " + amount.getKey() + " printed nowhere on lines "
                        + lines).isZero();
            }
        }
        return printed;
    }

    private static BigDecimal number(String text) {
        String plain = text.replace(",", "").strip();
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(plain);
    }

    /** Every box cut out of its page by PDFTextStripperByArea, one pass per page. */
    private static Map<Printed, String> reextract(byte[] pdf, List<Printed> printed) throws IOException {
        Map<Integer, List<Printed>> byPage = new TreeMap<>();
        for (Printed amount : printed) {
            byPage.computeIfAbsent(amount.page(), p -> new ArrayList<>()).add(amount);
        }
        Map<Printed, String> extracted = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (Map.Entry<Integer, List<Printed>> page : byPage.entrySet()) {
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                // overlapping regions see the same glyphs; PDFBox would take the second sighting for fake bold
                stripper.setSuppressDuplicateOverlappingText(false);
                List<Printed> amounts = page.getValue();
                for (int i = 0; i < amounts.size(); i++) {
                    Box box = amounts.get(i).box().padded(PADDING);
                    stripper.addRegion("r" + i, new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height()));
                }
                stripper.extractRegions(document.getPage(page.getKey() - 1));
                for (int i = 0; i < amounts.size(); i++) {
                    extracted.put(amounts.get(i), stripper.getTextForRegion("r" + i).strip());
                }
            }
        }
        return extracted;
    }
}
