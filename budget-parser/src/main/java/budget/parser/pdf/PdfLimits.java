package budget.parser.pdf;

import java.time.Duration;

/**
 * How much one document may cost the reader before it is refused instead of read.
 *
 * @param maxBytes       the largest file accepted (TOO_LARGE above)
 * @param maxPages       the most pages accepted (TOO_MANY_PAGES above)
 * @param maxMemoryBytes the most memory one document's streams may decode into, and the limit of PDFBox's
 *                       stream cache (TOO_LARGE above)
 * @param timeLimit      the most CPU time reading may take, checked while the pages' operators run
 *                       (TOO_COMPLEX above): a content stream built to loop never hangs a reader
 */
public record PdfLimits(long maxBytes, int maxPages, long maxMemoryBytes, Duration timeLimit) {

    public static final long MIB = 1024L * 1024L;

    public PdfLimits {
        if (maxBytes <= 0 || maxPages <= 0 || maxMemoryBytes <= 0 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 30 MiB, 1000 pages, 256 MiB of decoded streams, 60 s. */
    public static PdfLimits defaults() {
        return new PdfLimits(30 * MIB, 1000, 256 * MIB, Duration.ofSeconds(60));
    }

    public PdfLimits withMaxBytes(long bytes) {
        return new PdfLimits(bytes, maxPages, maxMemoryBytes, timeLimit);
    }

    public PdfLimits withMaxPages(int pages) {
        return new PdfLimits(maxBytes, pages, maxMemoryBytes, timeLimit);
    }

    public PdfLimits withMaxMemoryBytes(long bytes) {
        return new PdfLimits(maxBytes, maxPages, bytes, timeLimit);
    }

    public PdfLimits withTimeLimit(Duration limit) {
        return new PdfLimits(maxBytes, maxPages, maxMemoryBytes, limit);
    }
}
