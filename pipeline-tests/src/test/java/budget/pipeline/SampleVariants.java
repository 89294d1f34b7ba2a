package budget.pipeline;

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
 * Distinct realistic documents made from the five samples: each variant renames the department
 * (医疗保障局 → 医疗保障局 with a two-character suffix), so it has its own bytes, document id and budget key
 * while keeping every table and figure of the real document.
 */
final class SampleVariants {

    static final Path SAMPLES = Path.of("..", "samples");
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

    private SampleVariants() {
    }

    static Map<String, byte[]> samples() {
        Map<String, byte[]> samples = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.sorted().toList()) {
                samples.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }

    /** n distinct documents (n ≤ 500), file name → bytes. */
    static Map<String, byte[]> variants(int n) {
        List<Map.Entry<String, byte[]>> samples = new ArrayList<>(samples().entrySet());
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            var sample = samples.get(i % samples.size());
            int variant = i / samples.size();
            String suffix = "" + STEMS.charAt(variant / STEMS.length() % STEMS.length()) + STEMS.charAt(variant % STEMS.length());
            String text = new String(sample.getValue(), StandardCharsets.UTF_8).replace("医疗保障局", "医疗保障局" + suffix);
            out.put(suffix + "-" + sample.getKey(), text.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }
}
