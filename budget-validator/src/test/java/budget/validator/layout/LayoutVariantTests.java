package budget.validator.layout;

import budget.model.ParsedBudget;
import budget.model.validation.ValidationFinding;
import budget.parser.BudgetDocuments;
import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;
import budget.parser.pdf.LineGeometry;
import budget.parser.pdf.PdfReadOutcome;
import budget.parser.pdf.PdfText;
import budget.parser.pdf.PdfTextReader;
import budget.validator.BudgetValidator;
import budget.validator.testing.Samples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout checks are not tuned to the one document whose reviewer found the slips: a blank page put into any other
 * document of the corpus, at a page drawn at random, is found at that page and nowhere else, in every text form and
 * in the PDF; a blank page after the last one (a back page) and a page that draws only a line are not; a line of any
 * page's prose cut through its middle by a clip is found, and the same clip between two lines finds nothing.
 */
class LayoutVariantTests {

    private static final BudgetValidator VALIDATOR = new BudgetValidator();
    private static final Path PDFS = Path.of("..", "samples", "pdf");

    static Stream<String> textForms() {
        return Samples.everyDocument().stream().filter(d -> d.startsWith("pdf-text/"));
    }

    static Stream<String> pdfs() {
        return Samples.CORPUS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textForms")
    void aBlankPageInsertedIntoATextFormIsFoundAtItsPage(String document) {
        String text = Samples.text(document);
        List<Integer> feeds = new ArrayList<>();
        for (int i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) {
            feeds.add(i);
        }
        List<String> before = blankPages(parse(text));
        Random random = new Random(document.hashCode());
        for (int round = 0; round < 3; round++) {
            // after page k (1 ≤ k ≤ pages − 1, never after the last page): the new page is k + 1
            int k = 1 + random.nextInt(feeds.size() - 2);
            String variant = text.substring(0, feeds.get(k - 1) + 1) + "\f" + text.substring(feeds.get(k - 1) + 1);
            List<String> expected = new ArrayList<>();
            for (String page : before) {
                int n = Integer.parseInt(page.replaceAll("\\D", ""));
                expected.add("第" + (n > k ? n + 1 : n) + "页");
            }
            expected.add("第" + (k + 1) + "页");
            assertThat(blankPages(parse(variant))).as(document + ": a blank page after page " + k)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        // blank back pages are no slip, nor blank pages before the first printed one (which move the others on by two)
        assertThat(blankPages(parse(text + "\f\f\f"))).containsExactlyElementsOf(before);
        assertThat(blankPages(parse("\f\f" + text))).containsExactlyElementsOf(before.stream()
                .map(p -> "第" + (Integer.parseInt(p.replaceAll("\\D", "")) + 2) + "页").toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfs")
    void aBlankPageInsertedIntoAPdfIsFoundAndAPageWithALineIsNot(String document) throws IOException {
        byte[] original = Files.readAllBytes(PDFS.resolve(document + ".pdf"));
        List<String> before = blankPages(read(original));
        int pages;
        try (PDDocument pdf = Loader.loadPDF(original)) {
            pages = pdf.getNumberOfPages();
        }
        int k = 1 + new Random(document.hashCode()).nextInt(pages - 1);
        byte[] blank = edit(original, pdf -> insertAfter(pdf, k, false));
        List<String> expected = new ArrayList<>();
        for (String page : before) {
            int n = Integer.parseInt(page.replaceAll("\\D", ""));
            expected.add("第" + (n > k ? n + 1 : n) + "页");
        }
        List<String> withBlank = new ArrayList<>(expected);
        withBlank.add("第" + (k + 1) + "页");
        List<ValidationFinding> found = findings(read(blank), LayoutRules.BLANK_PAGE.id());
        assertThat(found).extracting(f -> f.location().item()).containsExactlyInAnyOrderElementsOf(withBlank);
        ValidationFinding inserted = found.stream().filter(f -> f.location().item().equals("第" + (k + 1) + "页"))
                .findFirst().orElseThrow();
        assertThat(inserted.location().box().page()).isEqualTo(k + 1);
        // a page with one line drawn on it and no text, and a blank back page: no slip
        assertThat(blankPages(read(edit(original, pdf -> insertAfter(pdf, k, true))))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(blankPages(read(edit(original, pdf -> insertAfter(pdf, pages, false))))).containsExactlyElementsOf(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pdfs")
    void aProseLineCutByItsClipIsFoundAndAClipBetweenLinesIsNot(String document) throws IOException {
        byte[] original = Files.readAllBytes(PDFS.resolve(document + ".pdf"));
        PdfText text = ((PdfReadOutcome.Read) new PdfTextReader().read(original)).text();
        List<LineGeometry> prose = new ArrayList<>();
        for (int i = 0; i + 1 < text.lines().size(); i++) {
            LineGeometry line = text.lines().get(i);
            LineGeometry next = text.lines().get(i + 1);
            // a line of prose (one cell, ten ideographs at least) with the next line below it on the same page
            if (line.cells().size() == 1 && han(line.cells().get(0).text()) >= 10 && next.page() == line.page()
                    && next.box().y() > line.box().y() + line.box().height() + 1 && line.page() > 1) {
                prose.add(line);
            }
        }
        assertThat(prose).as(document + " has lines of prose").hasSizeGreaterThan(10);
        List<String> before = cutTexts(read(original));
        Random random = new Random(document.hashCode());
        for (int round = 0; round < 2; round++) {
            LineGeometry line = prose.get(random.nextInt(prose.size()));
            double middle = line.box().y() + line.box().height() / 2;
            List<String> after = cutTexts(read(edit(original, pdf -> clipBelow(pdf, line.page(), middle))));
            after.removeAll(before);
            String printed = line.cells().get(0).text().replace(" ", "");
            // the line, in one piece or in the pieces a wide gap leaves (编制部门：… and 单位：元), and nothing else
            assertThat(after).as(document + " page " + line.page() + " cut through " + printed).isNotEmpty()
                    .allSatisfy(cut -> assertThat(cut).endsWith(" p" + line.page()))
                    .allSatisfy(cut -> assertThat(printed).contains(cut.substring(0, cut.lastIndexOf(" p"))));
            assertThat(after).anySatisfy(cut -> assertThat(printed).startsWith(cut.substring(0, 3)));
            // between this line and the next: everything below is hidden, nothing is cut
            LineGeometry next = text.lines().get(line.line());
            double gap = (line.box().y() + line.box().height() + next.box().y()) / 2;
            List<String> between = cutTexts(read(edit(original, pdf -> clipBelow(pdf, line.page(), gap))));
            assertThat(between).as(document + " page " + line.page() + " clipped between two lines").isSubsetOf(before);
        }
    }

    private static int han(String text) {
        return (int) text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    private static ParsedBudget parse(String text) {
        return ((ParseOutcome.Parsed) new BudgetParser().parse(text)).budget();
    }

    private static ParsedBudget read(byte[] pdf) {
        return ((ParseOutcome.Parsed) new BudgetDocuments().read(pdf)).budget();
    }

    private static List<ValidationFinding> findings(ParsedBudget budget, String rule) {
        return VALIDATOR.validate(budget).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static List<String> blankPages(ParsedBudget budget) {
        return findings(budget, LayoutRules.BLANK_PAGE.id()).stream().map(f -> f.location().item()).toList();
    }

    /** The cut lines' excerpts, with their page. */
    private static List<String> cutTexts(ParsedBudget budget) {
        return new ArrayList<>(findings(budget, LayoutRules.CUT_OFF_TEXT.id()).stream()
                .map(f -> f.location().item() + " p" + f.location().box().page()).toList());
    }

    private interface Edit {
        void apply(PDDocument pdf) throws IOException;
    }

    private static byte[] edit(byte[] original, Edit edit) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(original); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(pdf);
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** A new page after page k (1-based; k = pages puts it last), blank or with one black line drawn across. */
    private static void insertAfter(PDDocument pdf, int k, boolean withLine) throws IOException {
        PDPage page = new PDPage(pdf.getPage(0).getMediaBox());
        if (k >= pdf.getNumberOfPages()) {
            pdf.addPage(page);
        } else {
            pdf.getPages().insertBefore(page, pdf.getPage(k));
        }
        if (withLine) {
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.moveTo(100, 300);
                content.lineTo(700, 300);
                content.stroke();
            }
        }
    }

    /** Clips everything of page {@code page} below {@code y} points from the top of the page. */
    private static void clipBelow(PDDocument pdf, int page, double y) throws IOException {
        PDPage target = pdf.getPage(page - 1);
        float height = target.getCropBox().getHeight();
        float width = target.getCropBox().getWidth();
        float left = target.getCropBox().getLowerLeftX();
        float bottom = target.getCropBox().getLowerLeftY();
        try (PDPageContentStream start = new PDPageContentStream(pdf, target, AppendMode.PREPEND, true)) {
            start.saveGraphicsState();
            start.addRect(left, bottom + height - (float) y, width, (float) y);
            start.clip();
        }
        try (PDPageContentStream end = new PDPageContentStream(pdf, target, AppendMode.APPEND, true)) {
            end.restoreGraphicsState();
        }
    }
}
