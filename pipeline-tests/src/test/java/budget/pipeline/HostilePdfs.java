package budget.pipeline;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The bad PDFs of issue #11 item 3, built with PDFBox from a real sample as the parser's own tests build them
 * ({@code budget-parser/src/test/java/budget/parser/pdf/HostilePdfTests}), for uploading through the pipeline.
 */
final class HostilePdfs {

    private HostilePdfs() {
    }

    /** Needs a user password to open. */
    static byte[] encrypted(byte[] sample) {
        PDDocument document = load(sample);
        try {
            document.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(document);
    }

    /** Cut off half-way, as an interrupted download leaves it. */
    static byte[] truncated(byte[] sample) {
        return Arrays.copyOf(sample, sample.length / 2);
    }

    /** A page tree without pages. */
    static byte[] noPages() {
        return save(new PDDocument());
    }

    /** Blank pages, one more than the limit. */
    static byte[] pages(int count) {
        PDDocument document = new PDDocument();
        for (int i = 0; i < count; i++) {
            document.addPage(new PDPage());
        }
        return save(document);
    }

    /** A page whose content inflates into {@code mebibytes} MiB of white space from a few hundred kilobytes. */
    static byte[] streamBomb(int mebibytes) {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        PDStream content = new PDStream(document);
        byte[] spaces = new byte[1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
            for (int i = 0; i < mebibytes; i++) {
                out.write(spaces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.setContents(content);
        return save(document);
    }

    /** The sample with the Unicode maps of its fonts removed: its text would come out as garbage. */
    static byte[] withoutUnicode(byte[] sample) {
        PDDocument document = load(sample);
        try {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    font.getCOSObject().removeItem(COSName.TO_UNICODE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(document);
    }

    /** Two A4 landscape pages that are grey images without text, as a scanner makes them. */
    static byte[] scanned() {
        PDDocument document = new PDDocument();
        try {
            for (int n = 0; n < 2; n++) {
                PDPage page = new PDPage(new PDRectangle(842, 595));
                document.addPage(page);
                BufferedImage scan = new BufferedImage(421, 298, BufferedImage.TYPE_BYTE_GRAY);
                for (int y = 0; y < scan.getHeight(); y++) {
                    for (int x = 0; x < scan.getWidth(); x++) {
                        scan.getRaster().setSample(x, y, 0, (x * 7 + y * 13 + n) % 256);
                    }
                }
                PDImageXObject image = LosslessFactory.createFromImage(document, scan);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, 842, 595);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(document);
    }

    private static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument document) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
