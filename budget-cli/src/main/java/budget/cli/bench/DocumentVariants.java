package budget.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Distinct realistic documents made from real ones: variant i of a sample renames its department
 * (医疗保障局 → 医疗保障局 + a suffix of Chinese stems numbering the variant), so every variant has its own
 * bytes, document id and budget key while keeping every table, figure and inconsistency of the original.
 */
public final class DocumentVariants {

    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

    private DocumentVariants() {
    }

    /** The documents of a directory, file name → bytes, in name order. */
    public static Map<String, byte[]> read(Path directory) {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                documents.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    /** n distinct variants of the given documents, file name → bytes, cycling through the originals. */
    public static Map<String, byte[]> of(Map<String, byte[]> originals, int n) {
        List<Map.Entry<String, byte[]>> samples = new ArrayList<>(originals.entrySet());
        int rounds = (n + samples.size() - 1) / samples.size();
        int width = Math.max(2, String.valueOf(Math.max(0, rounds - 1)).length());
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            var sample = samples.get(i % samples.size());
            String suffix = suffix(i / samples.size(), width);
            String text = new String(sample.getValue(), StandardCharsets.UTF_8).replace("医疗保障局", "医疗保障局" + suffix);
            out.put(suffix + "-" + sample.getKey(), text.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /**
     * n distinct variants of the given PDFs (other files are left out), file name → bytes, cycling through them: variant i is the PDF with a
     * comment line after its end ({@code %budget-bench variant i}), which readers skip, so each has its own bytes and
     * document id while reading as the original (the same budget: later variants are new versions of it).
     */
    public static Map<String, byte[]> ofPdfs(Map<String, byte[]> originals, int n) {
        // the folder also holds where the PDFs come from (SOURCES.md)
        List<Map.Entry<String, byte[]>> samples = originals.entrySet().stream()
                .filter(file -> budget.parser.BudgetDocuments.isPdf(file.getValue())).toList();
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no PDF among the samples");
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            var sample = samples.get(i % samples.size());
            byte[] comment = ("\n%budget-bench variant " + i + "\n").getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = java.util.Arrays.copyOf(sample.getValue(), sample.getValue().length + comment.length);
            System.arraycopy(comment, 0, bytes, sample.getValue().length, comment.length);
            out.put(String.format("%05d-%s", i, sample.getKey()), bytes);
        }
        return out;
    }

    /** 0 → 甲甲, 1 → 甲乙, 12 → 乙丙 ...: the variant number in base 10 written with the ten stems. */
    static String suffix(int variant, int width) {
        StringBuilder out = new StringBuilder();
        String digits = String.format("%0" + width + "d", variant);
        for (char digit : digits.toCharArray()) {
            out.append(STEMS.charAt(digit - '0'));
        }
        return out.toString();
    }
}
