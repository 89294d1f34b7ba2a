package budget.parser.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the laid-out pages one after another into the document text and its line geometry. A page's first
 * line starts with a form feed (as pdftotext and the tab-separated form have it), which the parser's line
 * splitting drops without starting a new line, so line numbers stay one per written line. A page with nothing
 * on it still writes one (empty) line, so that every page has a line to point to.
 */
final class PdfTextBuilder {

    private final StringBuilder text = new StringBuilder(64 * 1024);
    private final List<LineGeometry> lines = new ArrayList<>();
    private final List<PageSize> pageSizes = new ArrayList<>();
    private final List<Integer> imageOnlyPages = new ArrayList<>();
    private final List<PageSlips> slips = new ArrayList<>();

    void addPage(PageContent page, List<LayoutLine> layout) {
        pageSizes.add(page.size());
        if (page.imageOnly()) {
            imageOnlyPages.add(page.number());
        }
        PageSlips pageSlips = page.slips();
        if (pageSlips.any()) {
            slips.add(pageSlips);
        }
        List<LayoutLine> written = layout.isEmpty()
                ? List.of(new LayoutLine(0, List.of(new CellBox("", Box.EMPTY)))) : layout;
        for (int i = 0; i < written.size(); i++) {
            LayoutLine line = written.get(i);
            if (i == 0 && page.number() > 1) {
                text.append('\f');
            }
            text.append(line.text()).append('\n');
            lines.add(new LineGeometry(lines.size() + 1, page.number(), line.box(), line.cells()));
        }
    }

    List<Integer> imageOnlyPages() {
        return imageOnlyPages;
    }

    String text() {
        return text.toString();
    }

    PdfText build() {
        return new PdfText(text.toString(), pageSizes.size(), lines, pageSizes, imageOnlyPages, slips);
    }
}
