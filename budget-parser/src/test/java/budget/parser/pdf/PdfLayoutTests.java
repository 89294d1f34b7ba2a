package budget.parser.pdf;

import budget.parser.text.SourceLine;
import budget.parser.text.SourceText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The layout stages on PDFs built for the purpose: a ruled table whose header cells span rows and columns
 * (inner rulings missing), drawn once with stroked lines and once with thin filled rectangles; a cell whose
 * text wraps; a table without rulings; text outside the crop box.
 */
class PdfLayoutTests {

    private static final List<String> SPANNING_TABLE = List.of(
            "Table 2 Income",
            "Name\tAmounts\t\t",
            "\tTotal\tBasic\tProject",
            "Pension and welfare\t1,234.50\t1,000.00\t234.50",
            "Housing\t10.00\t\t10.00");

    /**
     * Columns at x = 50, 150, 250, 350, 450; rows at y = 50, 70, 90, 110, 130. "Name" spans the two header
     * rows (no line at y = 70 left of x = 150), "Amounts" the three amount columns (no lines at x = 250 and
     * 350 above y = 70), and the first cell of the third row wraps onto two lines.
     */
    static byte[] spanningTable(boolean bars) throws IOException {
        PDDocument document = new PDDocument();
        try (TestPdfs.Drawing page = TestPdfs.Drawing.newPage(document, 600, 300)) {
            page.text(50, 35, 10, "Table 2 Income");
            float[][] horizontal = {{50, 50, 450}, {70, 150, 450}, {90, 50, 450}, {110, 50, 450}, {130, 50, 450}};
            float[][] vertical = {{50, 50, 130}, {150, 50, 130}, {250, 70, 130}, {350, 70, 130}, {450, 50, 130}};
            for (float[] h : horizontal) {
                if (bars) {
                    page.bar(h[1], h[0], h[2], h[0]);
                } else {
                    page.line(h[1], h[0], h[2], h[0]);
                }
            }
            for (float[] v : vertical) {
                if (bars) {
                    page.bar(v[0], v[1], v[0], v[2]);
                } else {
                    page.line(v[0], v[1], v[0], v[2]);
                }
            }
            page.text(55, 73, 8, "Name").text(260, 63, 8, "Amounts");
            page.text(155, 83, 8, "Total").text(255, 83, 8, "Basic").text(355, 83, 8, "Project");
            page.text(55, 98, 8, "Pension and").text(55, 107, 8, "welfare");
            page.text(155, 103, 8, "1,234.50").text(255, 103, 8, "1,000.00").text(355, 103, 8, "234.50");
            page.text(55, 123, 8, "Housing").text(155, 123, 8, "10.00").text(355, 123, 8, "10.00");
        }
        return TestPdfs.save(document);
    }

    @ParameterizedTest(name = "rulings drawn as {0}")
    @ValueSource(strings = {"stroked lines", "thin filled rectangles"})
    void aRuledTableIsReadRowByRowWithSpanningCellsInTheirFirstSlot(String how) throws IOException {
        PdfText text = read(spanningTable(how.startsWith("thin")));
        assertThat(text.text()).isEqualTo(String.join("\n", SPANNING_TABLE) + "\n");
        assertThat(text.pages()).isEqualTo(1);
        assertThat(text.lines()).hasSize(5);
    }

    @Test
    void everyLineAndCellIsLocated() throws IOException {
        PdfText text = read(spanningTable(false));
        LineGeometry header = text.lineAt(2).orElseThrow();
        assertThat(header.page()).isEqualTo(1);
        assertThat(header.cells()).extracting(CellBox::text).containsExactly("Name", "Amounts", "", "");
        assertBox(header.cells().get(0).box(), 50, 50, 100, 40); // spans two rows
        assertBox(header.cells().get(1).box(), 150, 50, 300, 20); // spans three columns
        assertBox(header.box(), 50, 50, 400, 40);
        LineGeometry housing = text.lineAt(5).orElseThrow();
        assertBox(text.cellBox(5, "10.00").orElseThrow(), 150, 110, 100, 20);
        assertBox(housing.cells().get(2).box(), 250, 110, 100, 20); // the blank cell is located too
        assertThat(text.cellBox(5, "0.00")).as("not found inside 10.00").isEmpty();
        assertThat(text.cellBox(4, "1234.50")).isEmpty();
        assertThat(text.cellBox(4, "1,234.50")).isPresent();
        LineGeometry title = text.lineAt(1).orElseThrow();
        assertThat(title.cells()).singleElement().extracting(CellBox::text).isEqualTo("Table 2 Income");
        assertThat(title.box().x()).isCloseTo(50, within(0.01));
        assertThat(title.box().bottom()).isBetween(35.0, 38.0);
        assertThat(text.lineAt(0)).isEmpty();
        assertThat(text.lineAt(6)).isEmpty();
        assertThat(text.pageSize(1).orElseThrow()).isEqualTo(new PageSize(600, 300));
    }

    @Test
    void textRunningPastTheTableBorderStaysInItsCell() throws IOException {
        PDDocument document = new PDDocument();
        try (TestPdfs.Drawing page = TestPdfs.Drawing.newPage(document, 600, 300)) {
            for (float y : new float[] {50, 70, 90}) {
                page.line(50, y, 250, y);
            }
            for (float x : new float[] {50, 150, 250}) {
                page.line(x, 50, x, 90);
            }
            page.text(55, 63, 8, "Item").text(155, 63, 8, "Page");
            page.text(55, 83, 8, "Income").text(155, 83, 8, "1 ................................. 12");
            page.text(400, 83, 8, "a note beside the table");
        }
        PdfText text = read(TestPdfs.save(document));
        assertThat(text.text()).isEqualTo("Item\tPage\nIncome\t1 ................................. 12\n"
                + "a note beside the table\n");
    }

    @Test
    void aTableWithoutRulingsIsReadByTheGapsBetweenItsColumns() throws IOException {
        PDDocument document = new PDDocument();
        try (TestPdfs.Drawing page = TestPdfs.Drawing.newPage(document, 600, 300)) {
            page.text(50, 60, 9, "This line is prose, and its words are not cells.");
            page.text(50, 100, 9, "201").text(100, 100, 9, "General services").text(300, 100, 9, "1,000.00")
                    .text(400, 100, 9, "500.00").text(500, 100, 9, "500.00");
            page.text(50, 115, 9, "20101").text(100, 115, 9, "Office").text(300, 115, 9, "600.00")
                    .text(500, 115, 9, "600.00");
            page.text(50, 130, 9, "20102").text(100, 130, 9, "Other").text(300, 130, 9, "400.00")
                    .text(400, 130, 9, "300.00").text(500, 130, 9, "100.00");
        }
        PdfText text = read(TestPdfs.save(document));
        assertThat(text.text()).isEqualTo("""
                This line is prose, and its words are not cells.
                201\tGeneral services\t1,000.00\t500.00\t500.00
                20101\tOffice\t600.00\t\t600.00
                20102\tOther\t400.00\t300.00\t100.00
                """);
        assertThat(text.lineAt(3).orElseThrow().cells()).hasSize(5);
        assertThat(text.cellBox(3, "600.00").orElseThrow().x()).isCloseTo(300, within(0.01));
    }

    @Test
    void textOutsideTheCropBoxIsLeftOutAndBoxesAreInTheCropBoxFrame() throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage(new PDRectangle(600, 800));
        page.setCropBox(new PDRectangle(100, 100, 400, 600));
        document.addPage(page);
        try (TestPdfs.Drawing drawing = new TestPdfs.Drawing(document, page)) {
            drawing.text(150, 150, 12, "Visible"); // baseline at 650 from the bottom: inside
            drawing.text(20, 50, 12, "Hidden"); // left of and above the crop box
            drawing.text(150, 780, 12, "Below"); // under the crop box
        }
        PdfText text = read(TestPdfs.save(document));
        assertThat(text.text()).isEqualTo("Visible\n");
        assertThat(text.pageSize(1).orElseThrow()).isEqualTo(new PageSize(400, 600));
        Box box = text.lineAt(1).orElseThrow().box();
        assertThat(box.x()).isCloseTo(50, within(0.01));
        assertThat(box.y()).isBetween(30.0, 45.0);
        assertThat(box.bottom()).isBetween(50.0, 55.0);
    }

    @Test
    void pagesFollowEachOtherWithAFormFeedAndAnEmptyPageStillHasItsLine() throws IOException {
        PDDocument document = new PDDocument();
        try (TestPdfs.Drawing page = TestPdfs.Drawing.newPage(document, 300, 300)) {
            page.text(50, 50, 10, "first page");
        }
        document.addPage(new PDPage(new PDRectangle(300, 300)));
        try (TestPdfs.Drawing page = TestPdfs.Drawing.newPage(document, 300, 300)) {
            page.text(50, 50, 10, "third page").text(50, 70, 10, "its second line");
        }
        PdfText text = read(TestPdfs.save(document));
        assertThat(text.text()).isEqualTo("first page\n\f\n\fthird page\nits second line\n");
        assertThat(text.lines()).extracting(LineGeometry::page).containsExactly(1, 2, 3, 3);
        assertThat(text.lineAt(2).orElseThrow().box().isEmpty()).isTrue();
        assertThat(SourceText.lines(text.text())).extracting(SourceLine::text)
                .containsExactly("first page", "", "third page", "its second line");
    }

    /** A page shown rotated, with text drawn turned so that it reads upright: boxes are in the shown frame. */
    @ParameterizedTest(name = "rotated {0} degrees")
    @ValueSource(ints = {0, 90, 180, 270})
    void aRotatedPageIsLaidOutAsItIsShown(int rotation) throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage(new PDRectangle(400, 600));
        page.setRotation(rotation);
        document.addPage(page);
        // where (50, 50) of the shown page is in the page's own space, and the text turned with the page
        float[] origin = switch (rotation) {
            case 90 -> new float[] {50, 50};
            case 180 -> new float[] {350, 50};
            case 270 -> new float[] {350, 550};
            default -> new float[] {50, 550};
        };
        try (TestPdfs.Drawing drawing = new TestPdfs.Drawing(document, page)) {
            PDPageContentStream content = drawing.content();
            content.beginText();
            content.setFont(TestPdfs.HELVETICA, 12);
            content.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(rotation), origin[0],
                    origin[1]));
            content.showText("Upright as shown");
            content.endText();
        }
        PdfText text = read(TestPdfs.save(document));
        assertThat(text.text()).isEqualTo("Upright as shown\n");
        PageSize expected = rotation % 180 == 0 ? new PageSize(400, 600) : new PageSize(600, 400);
        assertThat(text.pageSize(1).orElseThrow()).isEqualTo(expected);
        Box box = text.lineAt(1).orElseThrow().box();
        assertThat(box.x()).isCloseTo(50, within(0.5));
        assertThat(box.y()).isBetween(37.0, 42.0);
        assertThat(box.bottom()).isBetween(50.0, 54.0);
    }

    private static void assertBox(Box box, double x, double y, double width, double height) {
        assertThat(box.x()).as("x of " + box).isCloseTo(x, within(0.5));
        assertThat(box.y()).as("y of " + box).isCloseTo(y, within(0.5));
        assertThat(box.width()).as("width of " + box).isCloseTo(width, within(0.5));
        assertThat(box.height()).as("height of " + box).isCloseTo(height, within(0.5));
    }

    static PdfText read(byte[] pdf) {
        PdfReadOutcome outcome = new PdfTextReader().read(pdf);
        assertThat(outcome).isInstanceOf(PdfReadOutcome.Read.class);
        return ((PdfReadOutcome.Read) outcome).text();
    }
}
