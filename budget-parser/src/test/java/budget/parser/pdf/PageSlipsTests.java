package budget.parser.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

import java.io.IOException;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the front end tells of each page's layout (PdfText.slips): a line cut by the clip it is drawn in, but not one
 * whose clip passes through the gap beside it or hides it whole; a page that draws nothing, or only white on white,
 * but not one that draws a line; a clipping path too complex to follow read without it.
 */
class PageSlipsTests {

    private static final float HEIGHT = 300;

    @Test
    void aLineCutByItsClipIsReportedWithItsBoxAndTextAndOnlyIt() throws IOException {
        PDDocument document = new PDDocument();
        try (TestPdfs.Drawing page = TestPdfs.Drawing.newPage(document, 600, HEIGHT)) {
            PDPageContentStream content = page.content();
            content.saveGraphicsState();
            clipAbove(content, 100); // Helvetica 12 on baseline 104: its em box 93.4–105.4, cut at 100
            page.text(50, 60, 12, "Shown whole above the clip");
            page.text(50, 104, 12, "Cut through the middle");
            page.text(50, 150, 12, "Hidden below the clip");
            content.restoreGraphicsState();
            page.text(50, 200, 12, "Drawn after the clip is restored");
        }
        PdfText text = read(TestPdfs.save(document));
        assertThat(text.slips()).hasSize(1);
        PageSlips slips = text.slips().get(0);
        assertThat(slips.page()).isEqualTo(1);
        assertThat(slips.showsNothing()).isFalse();
        assertThat(slips.cutLines()).extracting(PageSlips.CutLine::text).containsExactly("Cutthroughthemiddle");
        Box box = slips.cutLines().get(0).box();
        assertThat(box.y()).isCloseTo(104 - 0.88 * 12, org.assertj.core.data.Offset.offset(0.01));
        assertThat(box.height()).isCloseTo(12, org.assertj.core.data.Offset.offset(0.01));
        assertThat(box.x()).isCloseTo(50, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aClipThroughTheGapBetweenLinesOrTheMarginOfAGlyphCutsNothing() throws IOException {
        PDDocument document = new PDDocument();
        try (TestPdfs.Drawing page = TestPdfs.Drawing.newPage(document, 600, HEIGHT)) {
            PDPageContentStream content = page.content();
            content.saveGraphicsState();
            clipAbove(content, 105); // through the last twentieth of the em box (the descenders' margin)
            page.text(50, 104, 12, "Only its bottom margin is clipped");
            page.text(50, 130, 12, "Wholly hidden");
            content.restoreGraphicsState();
        }
        assertThat(read(TestPdfs.save(document)).slips()).isEmpty();
    }

    @Test
    void aPageThatDrawsNothingOrOnlyWhiteIsBlankAndOneWithALineIsNot() throws IOException {
        PDDocument document = new PDDocument();
        try (TestPdfs.Drawing page = TestPdfs.Drawing.newPage(document, 600, HEIGHT)) {
            page.text(50, 60, 12, "Page one");
        }
        TestPdfs.Drawing.newPage(document, 600, HEIGHT).close(); // page 2: nothing
        try (TestPdfs.Drawing page = TestPdfs.Drawing.newPage(document, 600, HEIGHT)) { // page 3: white cells
            page.content().setNonStrokingColor(1f, 1f, 1f);
            page.content().addRect(50, 50, 500, 20);
            page.content().addRect(50, 70, 500, 20);
            page.content().fill();
        }
        try (TestPdfs.Drawing page = TestPdfs.Drawing.newPage(document, 600, HEIGHT)) { // page 4: one grey line
            page.content().setStrokingColor(0.5f, 0.5f, 0.5f);
            page.line(50, 100, 550, 100);
        }
        try (TestPdfs.Drawing page = TestPdfs.Drawing.newPage(document, 600, HEIGHT)) {
            page.text(50, 60, 12, "Page five");
        }
        PdfText text = read(TestPdfs.save(document));
        assertThat(text.slips()).extracting(PageSlips::page, PageSlips::showsNothing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(3, true));
    }

    @Test
    void aClipTooComplexToFollowIsReadWithout() throws IOException {
        PDDocument document = new PDDocument();
        try (TestPdfs.Drawing page = TestPdfs.Drawing.newPage(document, 600, HEIGHT)) {
            PDPageContentStream content = page.content();
            content.saveGraphicsState();
            // a clip of 2,000 segments through the line: not followed, so nothing is said to be cut
            content.moveTo(0, HEIGHT);
            for (int i = 0; i <= 2000; i++) {
                content.lineTo(600f * i / 2000, HEIGHT - 100 + (i % 2));
            }
            content.lineTo(600, HEIGHT);
            content.closePath();
            content.clip();
            page.text(50, 104, 12, "Under a zigzag clip");
            content.restoreGraphicsState();
        }
        PdfText text = read(TestPdfs.save(document));
        assertThat(text.slips()).isEmpty();
        assertThat(text.text()).contains("Under a zigzag clip");
    }

    /** Clips to the part of the page above {@code y} points from the top. */
    private static void clipAbove(PDPageContentStream content, float y) throws IOException {
        content.addRect(0, HEIGHT - y, 600, y);
        content.clip();
    }

    private static PdfText read(byte[] pdf) {
        PdfReadOutcome outcome = new PdfTextReader().read(pdf);
        assertThat(outcome).isInstanceOf(PdfReadOutcome.Read.class);
        return ((PdfReadOutcome.Read) outcome).text();
    }

}
