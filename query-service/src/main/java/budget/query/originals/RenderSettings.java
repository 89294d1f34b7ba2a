package budget.query.originals;

import budget.parser.pdf.PdfLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How pages are rendered (budget.query.render.*).
 *
 * @param defaultDpi    the resolution of a page image when none is asked for
 * @param minDpi        the least that may be asked for
 * @param maxDpi        the most that may be asked for
 * @param maxPixels     the most pixels of one page image (4 bytes each): a page too large for the dpi asked is
 *                      rendered at the dpi that fits, said in the X-Rendered-Dpi header
 * @param maxConcurrent renderings (and annotated copies) at once; more wait, then get 503
 * @param pdf           what one stored PDF may cost to open and draw (its bytes, pages, decoded memory, CPU time)
 */
@ConfigurationProperties("budget.query.render")
record RenderSettings(int defaultDpi, int minDpi, int maxDpi, long maxPixels, int maxConcurrent, PdfLimits pdf) {
}
