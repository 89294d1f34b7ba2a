package budget.parser.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Builds small PDFs with PDFBox for the tests, in the reader's frame: x from the left, y from the top of the
 * page (converted to PDF's bottom-up coordinates here). Text is Helvetica (a standard font, nothing embedded).
 */
final class TestPdfs {

    static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private TestPdfs() {
    }

    static byte[] save(PDDocument document) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws on one page, top-left coordinates. */
    static final class Drawing implements AutoCloseable {

        private final PDPageContentStream content;
        private final float height;

        Drawing(PDDocument document, PDPage page) throws IOException {
            this.content = new PDPageContentStream(document, page);
            this.height = page.getMediaBox().getHeight();
        }

        static Drawing newPage(PDDocument document, float width, float height) throws IOException {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            return new Drawing(document, page);
        }

        /** Text with its baseline at {@code baseline} points from the top. */
        Drawing text(float x, float baseline, float size, String text) throws IOException {
            content.beginText();
            content.setFont(HELVETICA, size);
            content.newLineAtOffset(x, height - baseline);
            content.showText(text);
            content.endText();
            return this;
        }

        /** A stroked line. */
        Drawing line(float x0, float y0, float x1, float y1) throws IOException {
            content.setLineWidth(0.5f);
            content.moveTo(x0, height - y0);
            content.lineTo(x1, height - y1);
            content.stroke();
            return this;
        }

        /** A line drawn as a thin filled rectangle (0.6 pt), as office exporters draw table rulings. */
        Drawing bar(float x0, float y0, float x1, float y1) throws IOException {
            float thickness = 0.6f;
            if (y0 == y1) {
                content.addRect(x0, height - y0 - thickness / 2, x1 - x0, thickness);
            } else {
                content.addRect(x0 - thickness / 2, height - y1, thickness, y1 - y0);
            }
            content.fill();
            return this;
        }

        PDPageContentStream content() {
            return content;
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }
}
