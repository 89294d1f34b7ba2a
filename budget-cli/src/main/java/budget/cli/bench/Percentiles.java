package budget.cli.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** p50/p95/p99/max of a set of milliseconds (nearest rank). */
final class Percentiles {

    private Percentiles() {
    }

    static Map<String, Long> of(List<Long> values) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (values.isEmpty()) {
            return out;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        out.put("p50", rank(sorted, 50));
        out.put("p95", rank(sorted, 95));
        out.put("p99", rank(sorted, 99));
        out.put("max", sorted.get(sorted.size() - 1));
        return out;
    }

    private static long rank(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
