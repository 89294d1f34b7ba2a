package budget.parser.pdf;

import java.text.Normalizer;

/**
 * Turns the Unicode a PDF font maps a glyph to into the characters the text forms of the same document hold:
 * NFKC (full-width digits and letters to ASCII, compatibility ideographs and ligatures to their plain forms,
 * Kangxi radicals to ideographs), the CJK radicals supplement (which NFKC leaves alone) to the ideographs it
 * stands for, but the Chinese punctuation the documents print, and the parser reads, kept as printed:
 * {@code （ ） ， ： ； ． ！ ？ …} would become ASCII under NFKC, and pdftotext and pdfplumber keep them.
 * A full-width {@code ．} or {@code ，} between full-width digits is a decimal point or a thousands separator and
 * becomes ASCII with its digits (see {@link TextLines}); that needs the neighbours, so it is not done here.
 */
final class TextNormalizer {

    /** Chinese punctuation that NFKC would fold to ASCII and the documents' text forms keep. */
    private static final String KEPT = "（），：；．！？…";

    private TextNormalizer() {
    }

    /** The normalised text of one glyph; the same instance when nothing changes (the common case). */
    static String normalize(String unicode) {
        if (unicode.length() == 1) {
            char c = unicode.charAt(0);
            if (isPlain(c)) {
                return unicode;
            }
            return normalizeChar(c);
        }
        StringBuilder out = new StringBuilder(unicode.length());
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            out.append(isPlain(c) ? String.valueOf(c) : normalizeChar(c));
        }
        return out.toString();
    }

    /** Printable ASCII and the unified ideographs: nothing to do, and nearly every glyph is one. */
    private static boolean isPlain(char c) {
        return c >= ' ' && c < 0x7F || c >= '\u4E00' && c <= '\u9FFF';
    }

    private static String normalizeChar(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return " "; // a glyph never ends a line or splits a cell: lines and cells come from positions
        }
        if (KEPT.indexOf(c) >= 0) {
            return String.valueOf(c);
        }
        if (c >= '\u2E80' && c <= '\u2EFF') {
            char ideograph = CjkRadicals.ideograph(c);
            if (ideograph != 0) {
                return String.valueOf(ideograph);
            }
        }
        if (Character.isSurrogate(c)) {
            return String.valueOf(c); // normalised with its pair by the caller's string, never split here
        }
        return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    }
}
