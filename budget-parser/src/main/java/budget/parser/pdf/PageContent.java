package budget.parser.pdf;

import java.util.List;

/**
 * What one page holds, as collected in a single pass over its content: the visible glyphs, the rulings,
 * and the counts that tell a text layer from a scan or from glyphs without Unicode.
 *
 * @param number          1-based page number
 * @param size            the page as shown
 * @param glyphs          the glyphs inside the visible page that run in its main text direction
 * @param rulings         horizontal and vertical lines drawn
 * @param images          images drawn (XObjects and inline)
 * @param imageCoverage   the share of the page the images cover (0 to 1)
 * @param glyphsShown     glyphs the content showed, visible or not
 * @param glyphsUnmapped  glyphs whose font gave no Unicode (dropped) or garbage (U+FFFD, private use, controls)
 * @param pathsPainted    paths stroked or filled
 * @param cutLines        lines of text that show only in part (cut by the page edge or their clipping path)
 */
record PageContent(int number, PageSize size, List<Glyph> glyphs, List<Ruling> rulings, int images,
                   double imageCoverage, int glyphsShown, int glyphsUnmapped, int pathsPainted,
                   List<PageSlips.CutLine> cutLines) {

    PageContent {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
        cutLines = List.copyOf(cutLines);
    }

    /** What the page shows wrong in its layout (nothing when all is well). */
    PageSlips slips() {
        return new PageSlips(number, glyphsShown == 0 && images == 0 && pathsPainted == 0, glyphsUnmapped, cutLines);
    }

    /** More than a tenth of the glyphs (and at least three) came without usable Unicode. */
    boolean lacksUnicode() {
        return glyphsUnmapped >= 3 && glyphsUnmapped * 10 > glyphsShown;
    }

    /** Images over a quarter of the page or more and no text at all: a scanned page (a lone logo is not). */
    boolean imageOnly() {
        return images > 0 && imageCoverage >= 0.25 && glyphsShown == 0;
    }
}
