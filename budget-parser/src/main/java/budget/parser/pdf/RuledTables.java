package budget.parser.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the tables a page's edges draw, with pdfplumber's lattice algorithm: the intersections of horizontal
 * and vertical edges (within {@link #INTERSECTION} points), for each intersection the smallest rectangle whose
 * four corners are intersections joined by edges (so a cell spans wherever inner rulings are missing), and the
 * cells that share corners grouped into tables. A lone cell (a frame around a paragraph) is no table.
 */
final class RuledTables {

    static final double INTERSECTION = 3;

    private RuledTables() {
    }

    private record Point(double x, double y) {
    }

    /** The edges through one intersection, as indices into the horizontal and vertical edge lists. */
    private static final class Crossing {
        final List<Integer> horizontal = new ArrayList<>(1);
        final List<Integer> vertical = new ArrayList<>(1);
    }

    static List<RuledTable> find(List<Ruling> edges) {
        List<Ruling> horizontal = edges.stream().filter(Ruling::horizontal).toList();
        List<Ruling> vertical = edges.stream().filter(r -> !r.horizontal()).toList();
        if (horizontal.size() < 2 || vertical.size() < 2) {
            return List.of();
        }
        Map<Point, Crossing> crossings = intersections(horizontal, vertical);
        List<Rect> cells = cells(crossings);
        return tables(cells);
    }

    private static Map<Point, Crossing> intersections(List<Ruling> horizontal, List<Ruling> vertical) {
        Map<Point, Crossing> crossings = new HashMap<>();
        for (int v = 0; v < vertical.size(); v++) {
            Ruling ve = vertical.get(v);
            for (int h = 0; h < horizontal.size(); h++) {
                Ruling he = horizontal.get(h);
                if (he.position() >= ve.from() - INTERSECTION && he.position() <= ve.to() + INTERSECTION
                        && ve.position() >= he.from() - INTERSECTION && ve.position() <= he.to() + INTERSECTION) {
                    Crossing crossing = crossings.computeIfAbsent(new Point(ve.position(), he.position()),
                            p -> new Crossing());
                    crossing.horizontal.add(h);
                    crossing.vertical.add(v);
                }
            }
        }
        return crossings;
    }

    /** For every intersection, the smallest cell it is the top-left corner of. */
    private static List<Rect> cells(Map<Point, Crossing> crossings) {
        List<Point> points = new ArrayList<>(crossings.keySet());
        points.sort(Comparator.comparingDouble(Point::x).thenComparingDouble(Point::y));
        Map<Double, List<Point>> byRow = new HashMap<>();
        for (Point point : points) {
            byRow.computeIfAbsent(point.y(), y -> new ArrayList<>()).add(point); // in x order, as points are
        }
        List<Rect> cells = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point corner = points.get(i);
            Rect cell = smallestCell(corner, points, i, byRow.get(corner.y()), crossings);
            if (cell != null) {
                cells.add(cell);
            }
        }
        return cells;
    }

    private static Rect smallestCell(Point corner, List<Point> points, int index, List<Point> row,
                                    Map<Point, Crossing> crossings) {
        for (int b = index + 1; b < points.size() && points.get(b).x() == corner.x(); b++) {
            Point below = points.get(b);
            if (!connected(corner, below, crossings)) {
                continue;
            }
            for (Point right : row) {
                if (right.x() <= corner.x() || !connected(corner, right, crossings)) {
                    continue;
                }
                Point opposite = new Point(right.x(), below.y());
                if (crossings.containsKey(opposite) && connected(opposite, right, crossings)
                        && connected(opposite, below, crossings)) {
                    return new Rect(corner.x(), corner.y(), right.x(), below.y());
                }
            }
        }
        return null;
    }

    /** Two intersections on one line are joined when one edge runs through both. */
    private static boolean connected(Point a, Point b, Map<Point, Crossing> crossings) {
        Crossing ca = crossings.get(a);
        Crossing cb = crossings.get(b);
        if (a.x() == b.x()) {
            for (Integer edge : ca.vertical) {
                if (cb.vertical.contains(edge)) {
                    return true;
                }
            }
        }
        if (a.y() == b.y()) {
            for (Integer edge : ca.horizontal) {
                if (cb.horizontal.contains(edge)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Cells sharing a corner belong to one table; tables of one cell are dropped; top to bottom. */
    private static List<RuledTable> tables(List<Rect> cells) {
        int[] parent = new int[cells.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Point, Integer> firstAtCorner = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Rect cell = cells.get(i);
            for (Point corner : List.of(new Point(cell.left(), cell.top()), new Point(cell.right(), cell.top()),
                    new Point(cell.left(), cell.bottom()), new Point(cell.right(), cell.bottom()))) {
                Integer other = firstAtCorner.putIfAbsent(corner, i);
                if (other != null) {
                    parent[root(parent, i)] = root(parent, other);
                }
            }
        }
        Map<Integer, List<Rect>> groups = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(cells.get(i));
        }
        List<RuledTable> tables = new ArrayList<>();
        for (List<Rect> group : groups.values()) {
            if (group.size() > 1) {
                tables.add(new RuledTable(group));
            }
        }
        tables.sort(Comparator.comparingDouble((RuledTable t) -> t.bounds().top())
                .thenComparingDouble(t -> t.bounds().left()));
        return tables;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
