package budget.parser.pdf;

import java.util.List;

/**
 * What a page shows wrong in its layout, as the front end sees it while reading the page: nothing at all on it
 * (no glyph, no image, no painted path), glyphs dropped for want of a usable Unicode mapping, and lines of text
 * that show only in part because the page edge or the area they are clipped to cuts through them.
 *
 * @param page                 1-based page number
 * @param showsNothing         the page draws nothing at all
 * @param glyphsWithoutUnicode glyphs whose font gave no Unicode (or garbage) for them
 * @param cutLines             the lines cut, top to bottom
 */
public record PageSlips(int page, boolean showsNothing, int glyphsWithoutUnicode, List<CutLine> cutLines) {

    public PageSlips {
        cutLines = List.copyOf(cutLines);
    }

    boolean any() {
        return showsNothing || glyphsWithoutUnicode > 0 || !cutLines.isEmpty();
    }

    /**
     * A run of glyphs on one baseline of which only part of each glyph shows.
     *
     * @param box  where the glyphs are printed (whole, as if not cut), page frame
     * @param text the glyphs' text
     */
    public record CutLine(Box box, String text) {
    }
}
