package budget.parser.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tables printed without rulings, found by their gaps (tabula's "stream" reading): consecutive lines that
 * each fall into three or more runs of glyphs separated by wide gaps, where the runs of all those lines
 * leave the same columns of white space between them. Each such line becomes a row of cells, one per column,
 * empty where the line has nothing in that column. Everything else stays a line of text. Kept strict on
 * purpose: prose and a heading beside a unit ("编制部门：… 单位：元") must not turn into rows.
 */
final class UnruledTables {

    /** The narrowest gap (points) that separates two cells rather than two words. */
    static final double MIN_CELL_GAP = 8;
    /** The gap must also be this many times the line's typical glyph width. */
    static final double CELL_GAP_IN_GLYPHS = 1.5;
    private static final int MIN_RUNS = 3;
    private static final int MIN_ROWS = 2;

    private UnruledTables() {
    }

    static List<LayoutLine> layout(List<TextLine> lines) {
        List<LayoutLine> out = new ArrayList<>(lines.size());
        List<List<TextLine>> runsOfLine = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            runsOfLine.add(runs(line));
        }
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && runsOfLine.get(end).size() >= MIN_RUNS
                    && (end == i || close(lines.get(end - 1), lines.get(end)))) {
                end++;
            }
            List<double[]> columns = end - i >= MIN_ROWS ? columns(runsOfLine.subList(i, end)) : List.of();
            if (columns.size() >= MIN_RUNS) {
                for (int row = i; row < end; row++) {
                    out.add(row(lines.get(row), runsOfLine.get(row), columns));
                }
                i = end;
            } else {
                out.add(LayoutLine.of(lines.get(i)));
                i++;
            }
        }
        return out;
    }

    /** The line cut at every gap wide enough to separate cells; each piece is a line of its own. */
    static List<TextLine> runs(TextLine line) {
        List<Glyph> glyphs = line.glyphs();
        double gap = Math.max(MIN_CELL_GAP, CELL_GAP_IN_GLYPHS * medianWidth(glyphs));
        List<TextLine> runs = new ArrayList<>();
        int start = 0;
        double lastRight = Double.NaN;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph glyph = glyphs.get(i);
            if (glyph.space()) {
                continue;
            }
            if (!Double.isNaN(lastRight) && glyph.x() - lastRight > gap) {
                runs.add(TextLines.line(new ArrayList<>(glyphs.subList(start, i))));
                start = i;
            }
            lastRight = glyph.right();
        }
        runs.add(TextLines.line(new ArrayList<>(glyphs.subList(start, glyphs.size()))));
        return runs;
    }

    private static double medianWidth(List<Glyph> glyphs) {
        double[] widths = glyphs.stream().filter(g -> !g.space()).mapToDouble(Glyph::width).sorted().toArray();
        return widths.length == 0 ? 0 : widths[widths.length / 2];
    }

    /** The next line follows closely: less than two line heights of space between them. */
    private static boolean close(TextLine above, TextLine below) {
        double height = Math.max(above.box().height(), below.box().height());
        return below.top() - above.box().bottom() < 2 * height;
    }

    /** The x ranges covered by the runs of all lines, merged: the white space between them separates columns. */
    private static List<double[]> columns(List<List<TextLine>> rows) {
        List<double[]> spans = new ArrayList<>();
        for (List<TextLine> runs : rows) {
            for (TextLine run : runs) {
                spans.add(new double[] {run.box().x(), run.box().right()});
            }
        }
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<double[]> columns = new ArrayList<>();
        for (double[] span : spans) {
            double[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && span[0] <= last[1] + TextLines.WORD_GAP) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                columns.add(new double[] {span[0], span[1]});
            }
        }
        return columns;
    }

    private static LayoutLine row(TextLine line, List<TextLine> runs, List<double[]> columns) {
        List<CellBox> cells = new ArrayList<>(columns.size());
        for (double[] column : columns) {
            StringBuilder text = new StringBuilder();
            Box box = Box.EMPTY;
            for (TextLine run : runs) {
                double centre = run.box().x() + run.box().width() / 2;
                if (centre >= column[0] && centre <= column[1]) {
                    if (!text.isEmpty()) {
                        text.append(' ');
                    }
                    text.append(run.text());
                    box = box.union(run.box());
                }
            }
            if (box.isEmpty()) {
                box = Box.of(column[0], line.top(), column[1], line.box().bottom());
            }
            cells.add(new CellBox(text.toString(), box));
        }
        return new LayoutLine(line.top(), cells);
    }
}
