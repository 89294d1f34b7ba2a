package budget.parser.pdf;

import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;
import budget.parser.pdf.PdfReadOutcome.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of PDF the front end must refuse, each built here with PDFBox itself, gets its own reason and a
 * message, never an exception, and comes back within a bounded time.
 */
@Timeout(60)
class HostilePdfTests {

    private static final PdfTextReader READER = new PdfTextReader();
    private static final String SAMPLE = "putuo-justice-bureau-2026-unit";

    private static PdfReadOutcome.Refused refused(PdfReadOutcome outcome, Reason reason) {
        assertThat(outcome).isInstanceOf(PdfReadOutcome.Refused.class);
        PdfReadOutcome.Refused refusal = (PdfReadOutcome.Refused) outcome;
        assertThat(refusal.reason()).as(refusal.message()).isEqualTo(reason);
        assertThat(refusal.message()).isNotBlank();
        return refusal;
    }

    private static PdfText read(PdfReadOutcome outcome) {
        assertThat(outcome).isInstanceOf(PdfReadOutcome.Read.class);
        return ((PdfReadOutcome.Read) outcome).text();
    }

    private static PDDocument sample() throws IOException {
        return Loader.loadPDF(SamplePdfs.bytes(SAMPLE));
    }

    @Test
    void whatIsNoPdfIsSaidToBeNone() {
        refused(READER.read(null), Reason.NOT_PDF);
        refused(READER.read(new byte[0]), Reason.NOT_PDF);
        refused(READER.read("2026年部门预算\n收入总计".getBytes(StandardCharsets.UTF_8)), Reason.NOT_PDF);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        refused(READER.read(png), Reason.NOT_PDF);
    }

    @Test
    void aTruncatedFileIsDamaged() {
        byte[] pdf = SamplePdfs.bytes(SAMPLE);
        assertThat(refused(READER.read(HostilePdfs.truncated(pdf)), Reason.DAMAGED).message())
                .contains("truncated");
        refused(READER.read(Arrays.copyOf(pdf, pdf.length - 10)), Reason.DAMAGED);
        refused(READER.read(Arrays.copyOf(pdf, 2000)), Reason.DAMAGED);
    }

    @Test
    void aFileWithGarbageInsideIsReadOrRefusedButNeverThrows() {
        byte[] pdf = SamplePdfs.bytes(SAMPLE);
        for (int seed = 0; seed < 12; seed++) {
            Random random = new Random(seed);
            byte[] damaged = pdf.clone();
            int from = 1024 + random.nextInt(damaged.length - 8192);
            for (int i = from; i < from + 512 + random.nextInt(4096); i++) {
                damaged[i] = (byte) random.nextInt(256);
            }
            PdfReadOutcome outcome = READER.read(damaged);
            assertThat(outcome).as("seed " + seed).isNotNull();
            if (outcome instanceof PdfReadOutcome.Refused refusal) {
                assertThat(refusal.reason()).as("seed " + seed + ": " + refusal.message())
                        .isIn(Reason.DAMAGED, Reason.NO_UNICODE, Reason.NO_PAGES);
            }
        }
    }

    @Test
    void aUserPasswordIsARefusal() {
        assertThat(refused(READER.read(HostilePdfs.withUserPassword(SamplePdfs.bytes(SAMPLE))), Reason.ENCRYPTED)
                .message()).contains("password");
    }

    @Test
    void anOwnerPasswordAloneWithTextPermissionIsRead() {
        PdfText text = read(READER.read(HostilePdfs.withOwnerPassword(SamplePdfs.bytes(SAMPLE), new AccessPermission())));
        assertThat(text.text()).isEqualTo(SamplePdfs.read(SAMPLE).text());
    }

    @Test
    void anOwnerPasswordForbiddingTextExtractionIsARefusal() {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanExtractContent(false);
        assertThat(refused(READER.read(HostilePdfs.withOwnerPassword(SamplePdfs.bytes(SAMPLE), permissions)),
                Reason.ENCRYPTED).message()).contains("permissions");
    }

    @Test
    void aDocumentWithoutPagesHasNoPages() {
        refused(READER.read(HostilePdfs.noPages()), Reason.NO_PAGES);
    }

    @Test
    void moreThanTheLimitOfPagesIsTooMany() {
        byte[] six = HostilePdfs.blankPages(6);
        refused(READER.read(six, PdfLimits.defaults().withMaxPages(5)), Reason.TOO_MANY_PAGES);
        assertThat(read(READER.read(six, PdfLimits.defaults().withMaxPages(6))).pages()).isEqualTo(6);
        refused(READER.read(SamplePdfs.bytes(SAMPLE), PdfLimits.defaults().withMaxPages(20)), Reason.TOO_MANY_PAGES);
        assertThat(PdfLimits.defaults().maxPages()).isEqualTo(1000);
    }

    @Test
    void aPageTreeThatUnderstatesItsPagesIsCountedByWalkingIt() {
        PDDocument document = new PDDocument();
        for (int i = 0; i < 7; i++) {
            document.addPage(new PDPage());
        }
        document.getDocumentCatalog().getPages().getCOSObject().setInt(COSName.COUNT, 1);
        refused(READER.read(TestPdfs.save(document), PdfLimits.defaults().withMaxPages(5)), Reason.TOO_MANY_PAGES);
    }

    @Test
    void aCyclicPageTreeIsDamaged() {
        PDDocument document = new PDDocument();
        document.addPage(new PDPage());
        COSDictionary root = document.getDocumentCatalog().getPages().getCOSObject();
        COSDictionary loop = new COSDictionary();
        loop.setItem(COSName.TYPE, COSName.PAGES);
        loop.setItem(COSName.PARENT, root);
        COSArray back = new COSArray();
        back.add(root); // the node's only kid is the root: walking the tree would never end
        loop.setItem(COSName.KIDS, back);
        loop.setInt(COSName.COUNT, 1);
        ((COSArray) root.getDictionaryObject(COSName.KIDS)).add(loop);
        assertThat(refused(READER.read(TestPdfs.save(document)), Reason.DAMAGED).message()).contains("page tree");
    }

    @Test
    void aFileOverTheSizeLimitIsTooLarge() throws IOException {
        refused(READER.read(SamplePdfs.bytes(SAMPLE), PdfLimits.defaults().withMaxBytes(100_000)), Reason.TOO_LARGE);
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        byte[] noise = new byte[31 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        COSStream junk = document.getDocument().createCOSStream();
        try (OutputStream out = junk.createRawOutputStream()) {
            out.write(noise);
        }
        page.getCOSObject().setItem(COSName.getPDFName("PieceInfo"), junk);
        byte[] oversized = TestPdfs.save(document);
        assertThat(oversized.length).isGreaterThan(30 * 1024 * 1024);
        assertThat(PdfLimits.defaults().maxBytes()).isEqualTo(30L * 1024 * 1024);
        refused(READER.read(oversized), Reason.TOO_LARGE);
    }

    @Test
    void aPageContentThatInflatesPastTheMemoryLimitIsRefusedBeforePdfboxDecodesIt() {
        byte[] bomb = HostilePdfs.contentBomb(64); // 64 MiB of white space, a few dozen kilobytes compressed
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(refused(READER.read(bomb, PdfLimits.defaults().withMaxMemoryBytes(16 * PdfLimits.MIB)),
                Reason.TOO_LARGE).message()).contains("content");
    }

    @Test
    void objectStreamsThatInflatePastTheMemoryLimitAreRefused() {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        COSArray huge = new COSArray();
        for (int i = 0; i < 1_000_000; i++) {
            huge.add(COSInteger.ZERO);
        }
        page.getCOSObject().setItem(COSName.getPDFName("PieceInfo"), huge); // saved inside an object stream
        byte[] pdf = TestPdfs.save(document);
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/ObjStm");
        refused(READER.read(pdf, PdfLimits.defaults().withMaxMemoryBytes(PdfLimits.MIB)), Reason.TOO_LARGE);
        assertThat(READER.read(pdf)).isInstanceOf(PdfReadOutcome.Read.class);
    }

    @Test
    void contentThatRunsPastTheTimeLimitIsTooComplex() {
        byte[] pdf = HostilePdfs.manyOperators(400_000);
        refused(READER.read(pdf, PdfLimits.defaults().withTimeLimit(Duration.ofMillis(20))), Reason.TOO_COMPLEX);
    }

    @Test
    void fontsWithoutUnicodeAreRefusedNamingTheirPages() {
        PdfReadOutcome.Refused refusal = refused(READER.read(HostilePdfs.withoutUnicode(SamplePdfs.bytes(SAMPLE))),
                Reason.NO_UNICODE);
        assertThat(refusal.message()).contains("pages 1–21 ");
        assertThat(PdfTextReader.pageList(java.util.List.of(2, 3, 5, 6, 7, 9))).isEqualTo("pages 2, 3, 5–7, 9");
    }

    @Test
    void aType3FontWithoutToUnicodeIsRefusedOnItsPageOnly() throws IOException {
        PDDocument document = new PDDocument();
        try (TestPdfs.Drawing first = TestPdfs.Drawing.newPage(document, 300, 300)) {
            first.text(50, 50, 10, "A page with real text");
        }
        PDPage second = new PDPage(new PDRectangle(300, 300));
        document.addPage(second);
        HostilePdfs.resourceAndContent(document, second, COSName.FONT, type3FontWithoutToUnicode(document),
                "BT /R1 12 Tf 30 200 Td <0102030102030102030102> Tj ET");
        PdfReadOutcome.Refused refusal = refused(READER.read(TestPdfs.save(document)), Reason.NO_UNICODE);
        assertThat(refusal.message()).contains("page 2 ").doesNotContain("page 1");
    }

    /** Glyphs named /g1 /g2 /g3, little squares, with no Unicode anywhere: what a symbolic font gives. */
    private static COSDictionary type3FontWithoutToUnicode(PDDocument document) throws IOException {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE3);
        font.setItem(COSName.FONT_BBOX, new PDRectangle(0, 0, 1000, 1000).getCOSArray());
        COSArray matrix = new COSArray();
        for (float value : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
            matrix.add(new COSFloat(value));
        }
        font.setItem(COSName.FONT_MATRIX, matrix);
        COSDictionary procs = new COSDictionary();
        COSArray differences = new COSArray();
        differences.add(COSInteger.ONE);
        COSArray widths = new COSArray();
        for (String glyph : new String[] {"g1", "g2", "g3"}) {
            COSStream proc = document.getDocument().createCOSStream();
            try (OutputStream out = proc.createOutputStream()) {
                out.write("1000 0 0 0 1000 1000 d1 100 100 800 800 re f".getBytes(StandardCharsets.US_ASCII));
            }
            procs.setItem(COSName.getPDFName(glyph), proc);
            differences.add(COSName.getPDFName(glyph));
            widths.add(COSInteger.get(1000));
        }
        font.setItem(COSName.CHAR_PROCS, procs);
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        font.setItem(COSName.ENCODING, encoding);
        font.setInt(COSName.FIRST_CHAR, 1);
        font.setInt(COSName.LAST_CHAR, 3);
        font.setItem(COSName.WIDTHS, widths);
        font.setItem(COSName.RESOURCES, new COSDictionary());
        return font;
    }

    @Test
    void pagesThatAreImagesOnlyAreAScan() throws IOException {
        assertThat(refused(READER.read(HostilePdfs.scanned(2)), Reason.SCANNED).message()).contains("pages 1, 2");
    }

    @Test
    void aScannedPageBesideReadableTablesIsReadAndListed() throws IOException {
        PDDocument document = sample();
        int pages = document.getNumberOfPages();
        HostilePdfs.addScannedPage(document);
        PdfText text = read(READER.read(TestPdfs.save(document)));
        assertThat(text.imageOnlyPages()).containsExactly(pages + 1);
        assertThat(text.pages()).isEqualTo(pages + 1);
        assertThat(new BudgetParser().parse(text.text())).isInstanceOf(ParseOutcome.Parsed.class);
        assertThat(SamplePdfs.read(SAMPLE).imageOnlyPages()).isEmpty();
    }

    @Test
    void scannedTablePagesAreAScanEvenWhenTheCoverHasText() throws IOException {
        try (PDDocument source = sample()) {
            PDDocument document = new PDDocument();
            document.importPage(source.getPage(0)); // the cover, with its text
            HostilePdfs.addScannedPage(document); // the tables, as images
            PdfReadOutcome.Refused refusal = refused(READER.read(TestPdfs.save(document)), Reason.SCANNED);
            assertThat(refusal.message()).contains("page 2 ").contains("0 of the nine");
        }
    }

    @Test
    void aSmallLogoOnAPageWithoutTextIsNoScan() throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage(new PDRectangle(595, 842));
        document.addPage(page);
        PDImageXObject logo = LosslessFactory.createFromImage(document, new BufferedImage(40, 40,
                BufferedImage.TYPE_BYTE_GRAY));
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(logo, 20, 780, 40, 40);
        }
        assertThat(read(READER.read(TestPdfs.save(document))).imageOnlyPages()).isEmpty();
    }
}
