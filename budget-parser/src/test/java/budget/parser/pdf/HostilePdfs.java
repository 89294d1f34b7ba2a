package budget.parser.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
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
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bad PDFs of issue #11 item 3, built with PDFBox (mostly from a real PDF), for the parser's tests and, through
 * this module's test jar, for the end-to-end tests that upload them through the pipeline.
 */
public final class HostilePdfs {

    private HostilePdfs() {
    }

    /** The PDF protected by a user password: it cannot be opened without it. */
    public static byte[] withUserPassword(byte[] pdf) {
        return protect(pdf, "user-secret", new AccessPermission());
    }

    /** The PDF protected by an owner password only, with the given permissions (it opens without a password). */
    public static byte[] withOwnerPassword(byte[] pdf, AccessPermission permissions) {
        return protect(pdf, "", permissions);
    }

    private static byte[] protect(byte[] pdf, String userPassword, AccessPermission permissions) {
        PDDocument document = load(pdf);
        try {
            document.protect(new StandardProtectionPolicy("owner-secret", userPassword, permissions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return TestPdfs.save(document);
    }

    /** Cut off half-way, as an interrupted download leaves it. */
    public static byte[] truncated(byte[] pdf) {
        return Arrays.copyOf(pdf, pdf.length / 2);
    }

    /** A page tree without pages. */
    public static byte[] noPages() {
        return TestPdfs.save(new PDDocument());
    }

    /** Blank pages. */
    public static byte[] blankPages(int count) {
        PDDocument document = new PDDocument();
        for (int i = 0; i < count; i++) {
            document.addPage(new PDPage());
        }
        return TestPdfs.save(document);
    }

    /** One page whose content inflates into {@code mebibytes} MiB of white space from a few kilobytes a MiB. */
    public static byte[] contentBomb(int mebibytes) {
        byte[] spaces = new byte[1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        return flatePage(spaces, mebibytes);
    }

    /** One page drawing {@code lines} lines one by one: content that takes long to run. */
    public static byte[] manyOperators(int lines) {
        return flatePage("0 0 m 500 700 l S\n".getBytes(StandardCharsets.US_ASCII), lines);
    }

    private static byte[] flatePage(byte[] unit, int times) {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        PDStream content = new PDStream(document);
        try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
            for (int i = 0; i < times; i++) {
                out.write(unit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.setContents(content);
        return TestPdfs.save(document);
    }

    /** The PDF with the Unicode maps of its fonts removed: its text would come out as garbage. */
    public static byte[] withoutUnicode(byte[] pdf) {
        PDDocument document = load(pdf);
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
        return TestPdfs.save(document);
    }

    /** Pages that are grey images without text, as a scanner makes them. */
    public static byte[] scanned(int pages) {
        PDDocument document = new PDDocument();
        for (int i = 0; i < pages; i++) {
            addScannedPage(document);
        }
        return TestPdfs.save(document);
    }

    /** Adds an A4 landscape page that is one grey image and no text. */
    static void addScannedPage(PDDocument document) {
        PDPage page = new PDPage(new PDRectangle(842, 595));
        document.addPage(page);
        BufferedImage scan = new BufferedImage(421, 298, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < scan.getHeight(); y++) {
            for (int x = 0; x < scan.getWidth(); x++) {
                scan.getRaster().setSample(x, y, 0, (x * 7 + y * 13) % 256);
            }
        }
        try {
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, 842, 595);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets the page's resources to one named resource ({@code /R1} of the category, e.g. FONT or XOBJECT) and its
     * content to the operators given (unfiltered).
     */
    static void resourceAndContent(PDDocument document, PDPage page, COSName category, COSBase resource,
                                   String operators) throws IOException {
        PDResources resources = new PDResources();
        COSDictionary named = new COSDictionary();
        named.setItem(COSName.getPDFName("R1"), resource);
        resources.getCOSObject().setItem(category, named);
        page.setResources(resources);
        PDStream content = new PDStream(document);
        try (OutputStream out = content.createOutputStream()) {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(content);
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
