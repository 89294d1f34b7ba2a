package budget.parser.pdf;

import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Draws the CJK text of fonts a PDF names but does not embed (STSong-Light, SimSun, ...) with the system's Noto CJK
 * fonts (Debian/Ubuntu {@code fonts-noto-cjk}). PDFBox substitutes a CID font only by a system font of the same
 * character collection (Adobe-GB1 ...), and Noto CJK's collection is Adobe-Identity, so without this every
 * such character is drawn with PDFBox's last-resort Latin font: nothing at all. The substitute is used by
 * Unicode, not by CID (the two collections number their glyphs differently). Only rendering needs this: text
 * is read from the PDF's Unicode maps, and glyph widths from its font dictionaries.
 */
final class CjkFontFallback implements FontMapper {

    private static final Map<String, String> REGION = Map.of(
            "GB1", "sc", "CNS1", "tc", "Japan1", "jp", "Korea1", "kr");

    private final FontMapper delegate;
    private final Map<String, FontBoxFont> substitutes = new ConcurrentHashMap<>();

    private CjkFontFallback(FontMapper delegate) {
        this.delegate = delegate;
    }

    /** Installs the fallback over PDFBox's font mapper, once per JVM. */
    static void install() {
        Holder.INSTALLED.hashCode();
    }

    private static final class Holder {
        static final Object INSTALLED = installNow();

        private static Object installNow() {
            FontMapper current = FontMappers.instance();
            if (!(current instanceof CjkFontFallback)) {
                FontMappers.set(new CjkFontFallback(current));
            }
            return Boolean.TRUE;
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return delegate.getTrueTypeFont(baseFont, fontDescriptor);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return delegate.getFontBoxFont(baseFont, fontDescriptor);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        CIDFontMapping mapping = delegate.getCIDFont(baseFont, fontDescriptor, cidSystemInfo);
        String region = cidSystemInfo == null || !"Adobe".equals(cidSystemInfo.getRegistry()) ? null
                : REGION.get(cidSystemInfo.getOrdering());
        if (!mapping.isFallback() || region == null) {
            return mapping;
        }
        String face = serif(baseFont, fontDescriptor) ? "Serif" : "Sans";
        String weight = fontDescriptor != null && fontDescriptor.isForceBold()
                || baseFont != null && baseFont.toLowerCase(Locale.ROOT).contains("bold") ? "Bold" : "Regular";
        String name = "Noto" + face + "CJK" + region + "-" + weight;
        FontBoxFont substitute = substitutes.computeIfAbsent(name, n -> {
            FontMapping<FontBoxFont> found = delegate.getFontBoxFont(n, null);
            return found.isFallback() ? null : found.getFont();
        });
        return substitute == null ? mapping : new CIDFontMapping(null, substitute, true);
    }

    /** Song/Ming/Kai/Fang faces and fonts flagged serif look closer to Noto Serif CJK; the rest to Noto Sans. */
    private static boolean serif(String baseFont, PDFontDescriptor descriptor) {
        String name = baseFont == null ? "" : baseFont.toLowerCase(Locale.ROOT);
        if (name.contains("hei") || name.contains("gothic") || name.contains("sans")) {
            return false;
        }
        return name.contains("song") || name.contains("sun") || name.contains("ming") || name.contains("kai")
                || name.contains("fang") || name.contains("serif") || descriptor != null && descriptor.isSerif();
    }
}
