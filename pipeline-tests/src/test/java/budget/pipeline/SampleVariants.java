package budget.pipeline;

import budget.cli.bench.DocumentVariants;

import java.nio.file.Path;
import java.util.Map;

/** The five samples, and distinct variants of them (see {@link DocumentVariants}). */
final class SampleVariants {

    static final Path SAMPLES = Path.of("..", "samples");

    private SampleVariants() {
    }

    static Map<String, byte[]> samples() {
        return DocumentVariants.read(SAMPLES);
    }

    static Map<String, byte[]> variants(int n) {
        return DocumentVariants.of(samples(), n);
    }
}
