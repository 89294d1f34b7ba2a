package budget.parser.pdf;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * PDFBox's resource cache, except that fonts stay for the whole document. PDFBox's text stripper drops a page's
 * fonts from the cache after each page (and keeps them only once they were dropped three times), so a
 * document's embedded fonts were parsed again on its first pages: a fifth of the reading time. The reader's
 * {@link StreamGuard} has already bounded what the fonts decode into.
 */
final class DocumentFontCache extends DefaultResourceCache {

    @Override
    public PDFont removeFont(COSObject indirect) {
        return null; // kept: the next page most likely uses the same font
    }
}
