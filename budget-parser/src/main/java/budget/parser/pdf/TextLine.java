package budget.parser.pdf;

import java.util.List;

/**
 * Glyphs sharing a baseline, left to right (space glyphs included, duplicates drawn over each other not), with
 * the text they spell: words separated by one space where a space glyph or a gap wider than
 * {@link TextLines#WORD_GAP} stands between them. The box encloses the visible glyphs.
 */
record TextLine(List<Glyph> glyphs, String text, Box box) {

    double top() {
        return box.y();
    }

    double left() {
        return box.x();
    }
}
