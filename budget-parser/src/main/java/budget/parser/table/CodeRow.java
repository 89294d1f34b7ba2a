package budget.parser.table;

import budget.model.RowPlacement;
import budget.parser.placement.Slot;
import budget.parser.text.Cell;

import java.util.ArrayList;
import java.util.List;

/** A row of a code table as read, before its name is filled and its amounts are finally placed. */
public final class CodeRow {

    private final Code code;
    private String name;
    private boolean nameFilled;
    private final List<Integer> lines = new ArrayList<>(2);
    private Slot slot;
    private RowPlacement readAs;
    private boolean doubtful;
    private String printedCode;
    /** The space-aligned line and cells its amounts were read from, where a layout placed them; else null. */
    private ContentLine alignedLine;
    private List<Cell> alignedCells;
    private List<Cell> alignedHeadings;

    /**
     * @param code   null for the 合计 row
     * @param readAs DELIMITED or POSITION when the grid placed the amounts; IDENTITY when they must be inferred
     */
    public CodeRow(Code code, String name, int line, Slot slot, RowPlacement readAs) {
        this.code = code;
        this.name = name == null || name.isBlank() ? null : name;
        this.lines.add(line);
        this.slot = slot;
        this.readAs = readAs;
    }

    public Code code() {
        return code;
    }

    public boolean total() {
        return code == null;
    }

    public String name() {
        return name;
    }

    public boolean nameFilled() {
        return nameFilled;
    }

    public List<Integer> lines() {
        return lines;
    }

    public Slot slot() {
        return slot;
    }

    /**
     * This row with its code completed by a level part printed in the name cell above it (codes merged into
     * the name, the name centred in a taller cell): {@code 05 机关事业单位基本养老保} over {@code 208 05 1,197,326.88}.
     */
    CodeRow withLevelAbove(String part, String nameAbove, int lineAbove) {
        List<String> parts = new ArrayList<>(code.parts());
        parts.add(part);
        CodeRow completed = new CodeRow(new Code(parts), nameAbove, lineAbove, slot, readAs);
        for (int line : lines) {
            completed.addLine(line);
        }
        completed.doubtful = doubtful;
        completed.printedCode = printedCode;
        completed.alignedLine = alignedLine;
        completed.alignedCells = alignedCells;
        completed.alignedHeadings = alignedHeadings;
        return completed;
    }

    /** The amounts were read from these space-aligned cells of this line, under these headings (null: one per cell). */
    void alignedAt(ContentLine line, List<Cell> cells, List<Cell> headings) {
        alignedLine = line;
        alignedCells = cells;
        alignedHeadings = headings;
    }

    /** The column of each aligned cell: by the headings it was placed under, else the cell's own index. */
    int[] alignedColumns() {
        if (alignedHeadings == null) {
            int[] own = new int[alignedCells.size()];
            for (int i = 0; i < own.length; i++) {
                own[i] = i;
            }
            return own;
        }
        return PositionPlacement.columnsOf(alignedCells, alignedHeadings);
    }

    List<Cell> alignedHeadings() {
        return alignedHeadings;
    }

    ContentLine alignedLine() {
        return alignedLine;
    }

    List<Cell> alignedCells() {
        return alignedCells;
    }

    /** The amounts placed again, when the layout they were placed by proves not to hold on the row's page. */
    void replace(Slot placed, RowPlacement placedAs) {
        slot = placed;
        readAs = placedAs;
    }

    /** How the row was read before the identities: DELIMITED, POSITION or IDENTITY. */
    RowPlacement readAs() {
        return readAs;
    }

    /** Another source line this row was read from (one cell per line spreads a row over many). */
    void addLine(int line) {
        if (!lines.contains(line)) {
            lines.add(line);
        }
    }

    /** A name wrapped onto the next line continues this one. */
    void continueName(String rest, int line) {
        name = name == null ? rest : name + rest;
        lines.add(line);
    }

    /** The reader could not take the row's numbers as printed (more numbers than columns, unreadable cells). */
    void markDoubtful() {
        doubtful = true;
    }

    /** The code was misprinted as this and read for what it stands for. */
    void misprinted(String printed) {
        printedCode = printed;
    }

    /** The code as printed when it was misprinted, else null. */
    public String printedCode() {
        return printedCode;
    }

    /** Whether the reader doubts the row as read (see {@link #markDoubtful}). */
    boolean doubtful() {
        return doubtful;
    }

    void fillName(String filled) {
        name = filled;
        nameFilled = true;
    }

    /** How the amounts ended up placed: as read, by the identities, or not certainly at all. */
    public RowPlacement placement() {
        if (doubtful) {
            return RowPlacement.AMBIGUOUS;
        }
        if (!slot.inferred()) {
            return readAs;
        }
        return slot.determined() ? RowPlacement.IDENTITY : RowPlacement.AMBIGUOUS;
    }
}
