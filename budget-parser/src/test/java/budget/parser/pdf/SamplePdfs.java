package budget.parser.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The four real budget PDFs in samples/pdf and their tab-separated text forms in samples/pdf-text. */
final class SamplePdfs {

    static final List<String> NAMES = List.of(
            "putuo-finance-bureau-2025-dept",
            "putuo-justice-bureau-2026-dept",
            "putuo-justice-bureau-2026-unit",
            "shanghai-finance-bureau-2025-unit");

    private static final Map<String, PdfText> READ = new ConcurrentHashMap<>();

    private SamplePdfs() {
    }

    /** The samples folder, from the module directory (Maven) or the repository root (IDE, benchmark). */
    static Path samples() {
        for (Path candidate : List.of(Path.of("..", "samples"), Path.of("samples"))) {
            if (Files.isDirectory(candidate.resolve("pdf"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("samples/pdf not found from " + Path.of("").toAbsolutePath());
    }

    static Path pdf(String name) {
        return samples().resolve("pdf").resolve(name + ".pdf");
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(pdf(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tsv(String name) {
        try {
            return Files.readString(samples().resolve("pdf-text").resolve(name + ".tsv.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample read by the PDF front end, once per test run (PdfText is immutable). */
    static PdfText read(String name) {
        return READ.computeIfAbsent(name, n -> {
            PdfReadOutcome outcome = new PdfTextReader().read(bytes(n));
            if (outcome instanceof PdfReadOutcome.Read read) {
                return read.text();
            }
            throw new AssertionError(n + " was not read: " + outcome);
        });
    }
}
