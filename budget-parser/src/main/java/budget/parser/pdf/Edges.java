package budget.parser.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rulings made into table edges, as pdfplumber does it: parallel lines closer than {@link #SNAP} points are
 * moved onto one position (a thin filled rectangle and a stroked border of the same line, or a line drawn
 * twice), collinear pieces with gaps up to {@link #JOIN} points are joined into one edge, and what is left
 * shorter than {@link #MIN_LENGTH} is dropped.
 */
final class Edges {

    static final double SNAP = 3;
    static final double JOIN = 3;
    static final double MIN_LENGTH = 3;

    private Edges() {
    }

    /** The merged edges, horizontal ones first, each group sorted by position then start. */
    static List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> horizontal = new ArrayList<>();
        List<Ruling> vertical = new ArrayList<>();
        for (Ruling ruling : rulings) {
            (ruling.horizontal() ? horizontal : vertical).add(ruling);
        }
        List<Ruling> merged = new ArrayList<>(join(snap(horizontal)));
        merged.addAll(join(snap(vertical)));
        return merged;
    }

    /** Clusters by position (each within SNAP of the previous) and moves every member to the cluster's mean. */
    private static List<Ruling> snap(List<Ruling> rulings) {
        rulings.sort(Comparator.comparingDouble(Ruling::position));
        List<Ruling> snapped = new ArrayList<>(rulings.size());
        int start = 0;
        while (start < rulings.size()) {
            int end = start + 1;
            double sum = rulings.get(start).position();
            while (end < rulings.size() && rulings.get(end).position() - rulings.get(end - 1).position() <= SNAP) {
                sum += rulings.get(end).position();
                end++;
            }
            double mean = sum / (end - start);
            for (int i = start; i < end; i++) {
                Ruling r = rulings.get(i);
                snapped.add(new Ruling(r.horizontal(), mean, r.from(), r.to()));
            }
            start = end;
        }
        return snapped;
    }

    /** Joins overlapping or nearly touching pieces on one position into single edges. */
    private static List<Ruling> join(List<Ruling> snapped) {
        snapped.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::from));
        List<Ruling> joined = new ArrayList<>();
        Ruling current = null;
        for (Ruling r : snapped) {
            if (current != null && r.position() == current.position() && r.from() <= current.to() + JOIN) {
                current = new Ruling(current.horizontal(), current.position(), current.from(),
                        Math.max(current.to(), r.to()));
            } else {
                if (current != null && current.length() >= MIN_LENGTH) {
                    joined.add(current);
                }
                current = r;
            }
        }
        if (current != null && current.length() >= MIN_LENGTH) {
            joined.add(current);
        }
        return joined;
    }
}
