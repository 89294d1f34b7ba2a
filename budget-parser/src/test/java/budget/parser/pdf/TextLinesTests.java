package budget.parser.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Glyphs into lines and cell text, on glyphs made by hand (the PDFs of the tests have no Chinese font). */
class TextLinesTests {

    /** One glyph per character from x on, each {@code width} wide, on a baseline. */
    private static List<Glyph> word(String text, double x, double baseline, double width) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            glyphs.add(new Glyph(c, x + i * width, baseline, width, 8, c.isBlank(), false));
        }
        return glyphs;
    }

    private static String cell(List<Glyph> glyphs) {
        return TextLines.joinWrapped(TextLines.lines(glyphs));
    }

    @Test
    void chineseWrappedInACellIsJoinedWithoutASpace() {
        List<Glyph> glyphs = new ArrayList<>(word("机关事业单位基本养老", 100, 20, 8));
        glyphs.addAll(word("保险缴费支出", 100, 30, 8));
        assertThat(cell(glyphs)).isEqualTo("机关事业单位基本养老保险缴费支出");
    }

    @Test
    void asciiOnBothSidesOfTheWrapGetsOneSpace() {
        List<Glyph> glyphs = new ArrayList<>(word("Pension and", 100, 20, 4));
        glyphs.addAll(word("welfare", 100, 30, 4));
        assertThat(cell(glyphs)).isEqualTo("Pension and welfare");
        List<Glyph> mixed = new ArrayList<>(word("维修(护)费", 100, 20, 8));
        mixed.addAll(word("2024", 100, 30, 4));
        assertThat(cell(mixed)).isEqualTo("维修(护)费2024");
    }

    @Test
    void linesAreFoundByBaselineInAnyDrawingOrderAndWordsByGaps() {
        List<Glyph> glyphs = new ArrayList<>(word("second", 50, 40, 4));
        glyphs.addAll(word("first", 50, 20.5, 4));
        glyphs.addAll(word("line", 80, 19.8, 4)); // 10 pt after "first" ends: a word gap
        glyphs.addAll(word("gap", 76, 40, 4)); // 2 pt after "second" ends: no word gap
        List<TextLine> lines = TextLines.lines(glyphs);
        assertThat(lines).extracting(TextLine::text).containsExactly("first line", "secondgap");
    }

    @Test
    void aGlyphDrawnTwiceOnItselfIsReadOnce() {
        List<Glyph> glyphs = new ArrayList<>(word("合计", 100, 20, 8));
        glyphs.addAll(word("合计", 100.4, 20.2, 8)); // fake bold: the same text again, 0.4 pt to the right
        assertThat(cell(glyphs)).isEqualTo("合计");
    }

    @Test
    void aSpaceGlyphSeparatesWordsEvenWithoutAGap() {
        assertThat(cell(word("单位： 元", 100, 20, 8))).isEqualTo("单位： 元");
        assertThat(cell(word("  leading and trailing  ", 100, 20, 4))).isEqualTo("leading and trailing");
    }

    @Test
    void aFullWidthPointBetweenFullWidthDigitsIsADecimalPointAndElsewhereStaysAsPrinted() {
        List<Glyph> glyphs = new ArrayList<>();
        String printed = "１２３．４５";
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            glyphs.add(new Glyph(TextNormalizer.normalize(String.valueOf(c)), 100 + i * 6, 20, 6, 12, false,
                    c >= '０' && c <= '９'));
        }
        assertThat(cell(glyphs)).isEqualTo("123.45");
        assertThat(cell(word("4．2026年部门财政拨款收支预算总表", 100, 20, 8))).isEqualTo("4．2026年部门财政拨款收支预算总表");
    }

    @Test
    void textNormalisationKeepsChinesePunctuationAndFoldsCompatibilityForms() {
        assertThat(TextNormalizer.normalize("（")).isEqualTo("（");
        assertThat(TextNormalizer.normalize("）")).isEqualTo("）");
        assertThat(TextNormalizer.normalize("：")).isEqualTo("：");
        assertThat(TextNormalizer.normalize("，")).isEqualTo("，");
        assertThat(TextNormalizer.normalize("…")).isEqualTo("…");
        assertThat(TextNormalizer.normalize("“")).isEqualTo("“");
        assertThat(TextNormalizer.normalize("、")).isEqualTo("、");
        assertThat(TextNormalizer.normalize("７")).isEqualTo("7");
        assertThat(TextNormalizer.normalize("％")).isEqualTo("%");
        assertThat(TextNormalizer.normalize("ﬁ")).isEqualTo("fi");
        assertThat(TextNormalizer.normalize("\u3000")).isEqualTo(" ");
        assertThat(TextNormalizer.normalize("\u2F40")).as("Kangxi radical 支").isEqualTo("支");
        assertThat(TextNormalizer.normalize("\u2ED3")).as("radical supplement 长").isEqualTo("长");
        assertThat(TextNormalizer.normalize("\u2EE8")).as("radical supplement 门 is U+2ED4; U+2EE8 is 麦").isEqualTo("麦");
        assertThat(TextNormalizer.normalize("\u2ED4")).isEqualTo("门");
        assertThat(TextNormalizer.normalize("\uF90A")).as("compatibility ideograph").isEqualTo("金");
        String ideograph = new String("支");
        assertThat(TextNormalizer.normalize(ideograph)).as("nothing to do, nothing allocated").isSameAs(ideograph);
        assertThat(TextNormalizer.normalize("公共（安全）支出１")).isEqualTo("公共（安全）支出1");
    }
}
