package budget.parser.pdf;

import budget.model.TableType;
import budget.parser.locate.TableLocator;
import budget.parser.locate.TableRegion;
import budget.parser.pdf.PdfReadOutcome.Reason;
import budget.parser.pdf.PdfReadOutcome.Refused;
import budget.parser.text.SourceText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The PDF front end of the parser: turns a PDF into {@link PdfText}, the tab-separated text the parser reads
 * best, with every line and cell located on its page, or refuses it with a specific reason. Each page is read
 * in one pass ({@link PageCollector}) and laid out from its glyphs and rulings ({@link PageLayout}).
 * <p>
 * Never throws and never hangs: the document is opened by {@link GuardedPdf} (the file's size and page count
 * checked before the pages are read, streams that would decode past the memory limit refused before PDFBox
 * decodes them ({@link StreamGuard}), the page tree walked with a cycle check ({@link PageTree})), CPU time is
 * checked while the content runs ({@link Deadline}), and an OutOfMemoryError of one document becomes a refusal.
 * Stateless and thread-safe: every call works on its own objects.
 */
public final class PdfTextReader {

    public PdfReadOutcome read(byte[] pdf) {
        return read(pdf, PdfLimits.defaults());
    }

    public PdfReadOutcome read(byte[] pdf, PdfLimits limits) {
        try (GuardedPdf document = GuardedPdf.open(pdf, limits)) {
            PDDocument pd = document.document();
            if (pd.isEncrypted() && !pd.getCurrentAccessPermission().canExtractContent()) {
                return new Refused(Reason.ENCRYPTED, "the document's permissions forbid extracting its text");
            }
            return readPages(document.pages(), document.guard(), document.deadline());
        } catch (PdfRefusal refusal) {
            return refusal.outcome();
        } catch (Throwable e) {
            return GuardedPdf.refusal(e).outcome();
        }
    }

    private static PdfReadOutcome readPages(List<PDPage> pages, StreamGuard guard, Deadline deadline)
            throws IOException {
        PageCollector collector = new PageCollector(deadline);
        PdfTextBuilder builder = new PdfTextBuilder();
        List<Integer> withoutUnicode = new ArrayList<>();
        boolean anyText = false;
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            guard.checkPage(page.getCOSObject());
            PageContent content = collector.collect(page, i + 1);
            if (content.lacksUnicode()) {
                withoutUnicode.add(i + 1);
            }
            anyText |= !content.glyphs().isEmpty();
            builder.addPage(content, PageLayout.lay(content));
        }
        if (!withoutUnicode.isEmpty()) {
            return new Refused(Reason.NO_UNICODE, "the fonts of " + pageList(withoutUnicode)
                    + " have no Unicode mapping: their text cannot be read");
        }
        List<Integer> scans = builder.imageOnlyPages();
        if (!scans.isEmpty()) {
            if (!anyText) {
                return new Refused(Reason.SCANNED, "the document is scanned: " + imagesWithoutText(scans));
            }
            int tables = tablesFound(builder.text());
            if (tables < TableType.values().length) {
                return new Refused(Reason.SCANNED, imagesWithoutText(scans) + ", and only " + tables
                        + " of the nine budget tables can be read from the rest");
            }
        }
        return new PdfReadOutcome.Read(builder.build());
    }

    /** How many of the nine tables the parser's locator finds in the text. */
    private static int tablesFound(String text) {
        Set<TableType> found = EnumSet.noneOf(TableType.class);
        for (TableRegion region : TableLocator.locate(SourceText.lines(text))) {
            found.add(region.type());
        }
        return found.size();
    }

    private static String imagesWithoutText(List<Integer> pages) {
        return pageList(pages) + (pages.size() == 1 ? " is an image" : " are images") + " without a text layer";
    }

    /** "page 4", "pages 2, 5", "pages 1–21, 24": runs of three or more pages as ranges (there may be 1000). */
    static String pageList(List<Integer> pages) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pages.size(); ) {
            int end = i;
            while (end + 1 < pages.size() && pages.get(end + 1) == pages.get(end) + 1) {
                end++;
            }
            if (end - i >= 2) {
                parts.add(pages.get(i) + "–" + pages.get(end));
            } else {
                for (int j = i; j <= end; j++) {
                    parts.add(String.valueOf(pages.get(j)));
                }
            }
            i = end + 1;
        }
        return (pages.size() == 1 ? "page " : "pages ") + String.join(", ", parts);
    }
}
