package budget.parser.table;

import budget.parser.text.Cell;

import java.math.BigDecimal;
import java.util.List;

/**
 * Places space-aligned numbers under their headings: the order-keeping assignment of numbers to columns whose
 * total distance between number and heading is least. Distance is taken at the nearer of the left edges, the
 * right edges or the centres, so left-, right- and centre-aligned headings all work.
 */
final class PositionPlacement {

    private PositionPlacement() {
    }

    static BigDecimal[] place(List<Cell> numbers, List<BigDecimal> values, List<Cell> headings) {
        int[] columns = columnsOf(numbers, headings);
        BigDecimal[] row = new BigDecimal[headings.size()];
        for (int c = 0; c < row.length; c++) {
            row[c] = BigDecimal.ZERO;
        }
        for (int i = 0; i < columns.length; i++) {
            row[columns[i]] = values.get(i);
        }
        return row;
    }

    /** The heading each number goes under (one per number, in order; fewer numbers than headings). */
    static int[] columnsOf(List<Cell> numbers, List<Cell> headings) {
        int k = numbers.size();
        int n = headings.size();
        double[][] best = new double[k + 1][n + 1];
        for (int i = 1; i <= k; i++) {
            best[i][0] = Double.MAX_VALUE;
        }
        for (int i = 1; i <= k; i++) {
            for (int j = 1; j <= n; j++) {
                double skip = best[i][j - 1];
                double take = best[i - 1][j - 1] == Double.MAX_VALUE ? Double.MAX_VALUE
                        : best[i - 1][j - 1] + distance(numbers.get(i - 1), headings.get(j - 1));
                best[i][j] = Math.min(skip, take);
            }
        }
        int[] columns = new int[k];
        int i = k;
        int j = n;
        while (i > 0 && j > 0) {
            if (best[i][j] == best[i][j - 1]) {
                j--;
            } else {
                columns[i - 1] = j - 1;
                i--;
                j--;
            }
        }
        return columns;
    }

    private static double distance(Cell number, Cell heading) {
        double left = Math.abs(number.start() - heading.start());
        double right = Math.abs(number.end() - heading.end());
        double centre = Math.abs(number.center() - heading.center());
        return Math.min(left, Math.min(right, centre));
    }
}
