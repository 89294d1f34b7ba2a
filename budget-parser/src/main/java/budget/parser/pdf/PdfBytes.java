package budget.parser.pdf;

import java.nio.charset.StandardCharsets;

/**
 * What the raw bytes tell before any parsing: a PDF starts with {@code %PDF-} (within its first 1024 bytes,
 * as readers allow) and ends with {@code %%EOF} (allowing some trailing bytes). A file without the end
 * marker was cut off: PDFBox would rebuild what it can and silently read a part of it, which is worse than
 * saying it is damaged.
 */
final class PdfBytes {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_WINDOW = 1024;
    /** Trailing bytes tolerated after %%EOF (line ends, padding some servers add). */
    private static final int END_WINDOW = 4096;

    private PdfBytes() {
    }

    static boolean hasHeader(byte[] pdf) {
        return indexOf(pdf, HEADER, 0, Math.min(pdf.length, HEADER_WINDOW + HEADER.length)) >= 0;
    }

    static boolean hasEnd(byte[] pdf) {
        return indexOf(pdf, END, Math.max(0, pdf.length - END_WINDOW), pdf.length) >= 0;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from, int to) {
        for (int i = from; i + pattern.length <= to; i++) {
            int j = 0;
            while (j < pattern.length && data[i + j] == pattern[j]) {
                j++;
            }
            if (j == pattern.length) {
                return i;
            }
        }
        return -1;
    }
}
