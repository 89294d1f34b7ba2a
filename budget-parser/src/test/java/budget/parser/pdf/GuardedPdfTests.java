package budget.parser.pdf;

import budget.model.PageBox;
import budget.parser.pdf.PdfReadOutcome.Reason;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A PDF opened for counting, rendering and annotating gets the reader's defences: the same refusals as reading,
 * pages rendered as shown, boxes mapped back into PDF space exactly, and rendering bounded in time and memory.
 */
@Timeout(60)
class GuardedPdfTests {

    private static final String SAMPLE = "putuo-justice-bureau-2026-unit";

    @Test
    void aSampleOpensWithItsPagesAndTheirSizeAsShown() throws PdfRefusal {
        try (GuardedPdf pdf = GuardedPdf.open(SamplePdfs.bytes(SAMPLE), PdfLimits.defaults())) {
            assertThat(pdf.pageCount()).isEqualTo(21);
            assertThat(pdf.size(1).width()).isCloseTo(842, within(0.5));
            assertThat(pdf.size(1).height()).isCloseTo(595, within(0.5));
            assertThatThrownBy(() -> pdf.size(22)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void whatTheReaderRefusesIsRefusedForTheSameReason() {
        byte[] sample = SamplePdfs.bytes(SAMPLE);
        assertRefused(HostilePdfs.truncated(sample), PdfLimits.defaults(), Reason.DAMAGED);
        assertRefused(HostilePdfs.noPages(), PdfLimits.defaults(), Reason.NO_PAGES);
        assertRefused(sample, PdfLimits.defaults().withMaxPages(20), Reason.TOO_MANY_PAGES);
        assertRefused("plain text".getBytes(StandardCharsets.UTF_8), PdfLimits.defaults(), Reason.NOT_PDF);
        PdfRefusal refusal = assertRefused(HostilePdfs.withUserPassword(sample), PdfLimits.defaults(), Reason.ENCRYPTED);
        assertThat(refusal.code()).isEqualTo("PDF_ENCRYPTED");
    }

    @ParameterizedTest(name = "rotated {0}")
    @ValueSource(ints = {0, 90, 180, 270})
    void aBoxOfTheShownPageMapsBackOntoTheSameSpotInPdfSpace(int rotation) throws PdfRefusal {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage(new PDRectangle(600, 400));
        page.setCropBox(new PDRectangle(10, 20, 500, 300));
        page.setRotation(rotation);
        document.addPage(page);
        try (GuardedPdf pdf = GuardedPdf.open(TestPdfs.save(document), PdfLimits.defaults())) {
            PageBox box = new PageBox(1, 40, 25, 120, 30);
            PDRectangle rect = pdf.userSpace(box);
            PageFrame frame = PageFrame.of(pdf.page(1));
            double[] xs = {frame.x(rect.getLowerLeftX(), rect.getLowerLeftY()), frame.x(rect.getUpperRightX(), rect.getUpperRightY())};
            double[] ys = {frame.y(rect.getLowerLeftX(), rect.getLowerLeftY()), frame.y(rect.getUpperRightX(), rect.getUpperRightY())};
            assertThat(Math.min(xs[0], xs[1])).isCloseTo(40, within(1e-3));
            assertThat(Math.max(xs[0], xs[1])).isCloseTo(160, within(1e-3));
            assertThat(Math.min(ys[0], ys[1])).isCloseTo(25, within(1e-3));
            assertThat(Math.max(ys[0], ys[1])).isCloseTo(55, within(1e-3));
        }
    }

    @Test
    void aPageIsRenderedAsShownAtTheScale() throws PdfRefusal {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage(new PDRectangle(600, 400));
        page.setRotation(90);
        document.addPage(page);
        try (GuardedPdf pdf = GuardedPdf.open(TestPdfs.save(document), PdfLimits.defaults())) {
            BufferedImage image = pdf.render(1, 2f);
            assertThat(image.getWidth()).isEqualTo(800);
            assertThat(image.getHeight()).isEqualTo(1200);
        }
        try (GuardedPdf pdf = GuardedPdf.open(SamplePdfs.bytes(SAMPLE), PdfLimits.defaults())) {
            BufferedImage image = pdf.render(8, 110 / 72f);
            assertThat(image.getWidth()).isEqualTo((int) Math.floor(pdf.size(8).width() * 110 / 72f));
            assertThat(image.getHeight()).isEqualTo((int) Math.floor(pdf.size(8).height() * 110 / 72f));
            assertThat(darkPixels(image, 0, 0, image.getWidth(), image.getHeight())).as("text and rulings drawn")
                    .isGreaterThan(5_000);
        }
    }

    /**
     * A CJK font the PDF names but does not embed (STSong-Light, one of the fonts every CJK viewer must supply) is
     * drawn with a system font: with fonts-noto-cjk installed each character has its own shape, where a missing
     * font would give nothing or the same empty box for every character.
     */
    @Test
    void cjkTextInAFontTheFileDoesNotEmbedIsDrawnWithTheSystemsCjkFont() throws Exception {
        BufferedImage zhong = renderNonEmbeddedCjk("4E2D"); // 中
        BufferedImage wen = renderNonEmbeddedCjk("6587"); // 文
        int inkZhong = darkPixels(zhong, 0, 0, zhong.getWidth(), zhong.getHeight());
        int inkWen = darkPixels(wen, 0, 0, wen.getWidth(), wen.getHeight());
        assertThat(inkZhong).as("the glyph 中 is drawn").isGreaterThan(300);
        assertThat(inkWen).as("the glyph 文 is drawn").isGreaterThan(300);
        int differing = 0;
        for (int y = 0; y < zhong.getHeight(); y++) {
            for (int x = 0; x < zhong.getWidth(); x++) {
                if (dark(zhong.getRGB(x, y)) != dark(wen.getRGB(x, y))) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("two characters, two shapes: no tofu").isGreaterThan(300);
    }

    @Test
    void aPageThatTakesTooLongToDrawIsTooComplex() {
        try (GuardedPdf pdf = GuardedPdf.open(HostilePdfs.manyOperators(400_000),
                PdfLimits.defaults().withTimeLimit(Duration.ofMillis(50)))) {
            assertThatThrownBy(() -> pdf.render(1, 1f)).isInstanceOfSatisfying(PdfRefusal.class,
                    refusal -> assertThat(refusal.reason()).isEqualTo(Reason.TOO_COMPLEX));
        } catch (PdfRefusal e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anImageThatWouldDecodePastTheMemoryLimitIsRefusedBeforeItIsDecoded() throws IOException, PdfRefusal {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        COSStream image = document.getDocument().createCOSStream();
        image.setItem(COSName.TYPE, COSName.XOBJECT);
        image.setItem(COSName.SUBTYPE, COSName.IMAGE);
        image.setInt(COSName.WIDTH, 100_000);
        image.setInt(COSName.HEIGHT, 100_000);
        image.setInt(COSName.BITS_PER_COMPONENT, 8);
        image.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
        try (OutputStream out = image.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(new byte[1024]);
        }
        HostilePdfs.resourceAndContent(document, page, COSName.XOBJECT, image, "q 600 0 0 800 0 0 cm /R1 Do Q");
        try (GuardedPdf pdf = GuardedPdf.open(TestPdfs.save(document), PdfLimits.defaults())) {
            assertThatThrownBy(() -> pdf.render(1, 1f)).isInstanceOfSatisfying(PdfRefusal.class,
                    refusal -> assertThat(refusal.reason()).isEqualTo(Reason.TOO_LARGE));
        }
    }

    private static PdfRefusal assertRefused(byte[] pdf, PdfLimits limits, Reason reason) {
        try (GuardedPdf opened = GuardedPdf.open(pdf, limits)) {
            throw new AssertionError("opened, expected " + reason + "; " + opened.pageCount() + " pages");
        } catch (PdfRefusal refusal) {
            assertThat(refusal.reason()).as(refusal.getMessage()).isEqualTo(reason);
            assertThat(refusal.getMessage()).isNotBlank();
            return refusal;
        }
    }

    /** One character, shown in STSong-Light through the predefined CMap UniGB-UCS2-H, nothing embedded. */
    private static BufferedImage renderNonEmbeddedCjk(String ucs2Hex) throws IOException, PdfRefusal {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage(new PDRectangle(120, 120));
        document.addPage(page);
        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setString(COSName.REGISTRY, "Adobe");
        systemInfo.setString(COSName.ORDERING, "GB1");
        systemInfo.setInt(COSName.SUPPLEMENT, 4);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        descriptor.setItem(COSName.FONT_BBOX, new PDRectangle(-25, -254, 1025, 1134).getCOSArray());
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);
        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cidFont.setName(COSName.BASE_FONT, "STSong-Light");
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setItem(COSName.DW, COSInteger.get(1000));
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
        font.setName(COSName.ENCODING, "UniGB-UCS2-H");
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        HostilePdfs.resourceAndContent(document, page, COSName.FONT, font, "BT /R1 80 Tf 20 30 Td <" + ucs2Hex + "> Tj ET");
        try (GuardedPdf pdf = GuardedPdf.open(TestPdfs.save(document), PdfLimits.defaults())) {
            return pdf.render(1, 1f);
        }
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        int dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (dark(image.getRGB(x, y))) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static boolean dark(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r + g + b < 3 * 128;
    }
}
