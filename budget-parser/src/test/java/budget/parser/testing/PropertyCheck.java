package budget.parser.testing;

import budget.parser.testing.Variation.Form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A small property runner over {@link Variation}s: generates variations from a seed (the forms in turn, every other
 * choice at random), checks the property on each, and shrinks a failing variation one choice at a time
 * ({@link Variation#simpler()}) for as long as it still fails, so that a failure is reported with the fewest
 * variations that still break it. Variations that a known parser gap covers are not tried (and are counted), so
 * that the property stays strict for everything else.
 */
public final class PropertyCheck {

    /** A failing case: the variation as generated, the shrunk one, and what went wrong with the shrunk one. */
    public record Failure(Variation generated, Variation shrunk, List<String> differences, String document) {
    }

    /** What a run did: the variations checked, those excluded per known gap, and the failures. */
    public record Result(int checked, Map<String, Integer> excluded, List<Failure> failures) {
    }

    /** A known parser gap: the variations it covers, by id. */
    public interface Gaps {
        Optional<String> covering(Variation variation);
    }

    private PropertyCheck() {
    }

    /**
     * @param tries      variations to check (beyond the excluded ones)
     * @param all        whether to go on after the first failure (exploring: every distinct shrunk failure)
     * @param property   the differences of the document a variation makes; empty when the property holds
     * @param document   the document a variation makes, for the report
     */
    public static Result run(int tries, long seed, boolean all, Gaps gaps, Function<Variation, List<String>> property,
                             Function<Variation, String> document) {
        return run(tries, seed, all, gaps, Variation::random, property, document);
    }

    /**
     * As above, with the variations drawn by {@code draw} (from the run's random source, in the given form): e.g.
     * with a golden's content varied too ({@link Variation#random(Random, Form, GoldenBudget)}).
     */
    public static Result run(int tries, long seed, boolean all, Gaps gaps, BiFunction<Random, Form, Variation> draw,
                             Function<Variation, List<String>> property, Function<Variation, String> document) {
        Random random = new Random(seed);
        Map<String, Integer> excluded = new LinkedHashMap<>();
        List<Failure> failures = new ArrayList<>();
        List<Variation> seen = new ArrayList<>();
        int checked = 0;
        int attempts = 0;
        Form[] forms = Form.values();
        while (checked < tries && attempts < tries * 20) {
            Variation variation = draw.apply(random, forms[attempts % forms.length]);
            attempts++;
            Optional<String> gap = gaps.covering(variation);
            if (gap.isPresent()) {
                excluded.merge(gap.get(), 1, Integer::sum);
                continue;
            }
            checked++;
            List<String> differences = safely(property, variation);
            if (differences.isEmpty()) {
                continue;
            }
            Variation shrunk = shrink(variation, gaps, property);
            if (!seen.contains(shrunk)) {
                seen.add(shrunk);
                failures.add(new Failure(variation, shrunk, safely(property, shrunk), document.apply(shrunk)));
            }
            if (!all) {
                break;
            }
        }
        return new Result(checked, excluded, failures);
    }

    private static Variation shrink(Variation failing, Gaps gaps, Function<Variation, List<String>> property) {
        Variation current = failing;
        boolean progress = true;
        int steps = 0;
        while (progress && steps < 200) {
            progress = false;
            for (Variation candidate : current.simpler()) {
                steps++;
                if (gaps.covering(candidate).isEmpty() && !safely(property, candidate).isEmpty()) {
                    current = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    private static List<String> safely(Function<Variation, List<String>> property, Variation variation) {
        try {
            return property.apply(variation);
        } catch (RuntimeException | AssertionError e) {
            return List.of("threw " + e);
        }
    }
}
