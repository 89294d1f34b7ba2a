package budget.parser.table;

import budget.model.ThreePublicCells;
import budget.model.TableType;
import budget.parser.locate.MarkerLines;
import budget.parser.placement.Slot;
import budget.parser.text.Amounts;
import budget.parser.text.Cell;
import budget.parser.text.Chars;
import budget.parser.text.Diagnostics;
import budget.parser.text.LineForm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads table 9 (“三公”经费和机关运行经费): a three-row heading over one row of seven amounts in 万元. The
 * headings name the cells: 合计, 因公出国(境)费, 公务接待费, 公务用车购置及运行费 (小计, 购置费, 运行费), 机关运行经费.
 */
public final class ThreePublicReader {

    private static final List<String> CANONICAL = List.of(ThreePublicCells.TOTAL, ThreePublicCells.ABROAD,
            ThreePublicCells.RECEPTION, ThreePublicCells.VEHICLE_TOTAL, ThreePublicCells.VEHICLE_PURCHASE,
            ThreePublicCells.VEHICLE_RUNNING, ThreePublicCells.OPERATING_EXPENSES);
    /** The national template's order: 公务接待费 after the vehicle columns. */
    private static final List<String> RECEPTION_LAST = List.of(ThreePublicCells.TOTAL, ThreePublicCells.ABROAD,
            ThreePublicCells.VEHICLE_TOTAL, ThreePublicCells.VEHICLE_PURCHASE, ThreePublicCells.VEHICLE_RUNNING,
            ThreePublicCells.RECEPTION, ThreePublicCells.OPERATING_EXPENSES);
    private static final List<String> CANONICAL_LABELS = List.of("合计", "因公出国(境)费", "公务接待费", "小计", "购置费",
            "运行费", "机关运行经费预算数");

    private final Diagnostics diagnostics;

    public ThreePublicReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public ThreePublicTable read(TableFrame frame) {
        List<ContentLine> header = new ArrayList<>();
        ContentLine data = null;
        List<Cell> stream = new ArrayList<>();
        for (ContentLine line : frame.content()) {
            if (isDataLine(line)) {
                if (data == null) {
                    data = line;
                    stream.addAll(line.cells().filled());
                } else if (line.cells().form() == LineForm.SINGLE && data.cells().form() == LineForm.SINGLE) {
                    if (pageNumberAfterRow(line, stream, frame, header)) {
                        continue;
                    }
                    stream.addAll(line.cells().filled()); // one cell per line: the row continues
                } else {
                    diagnostics.add(line.number(), TableType.THREE_PUBLIC.number(), line.text(),
                            "a second row of amounts in table 9; only the first is read");
                }
            } else if (data == null && Chars.hasHan(line.text())) {
                header.add(line);
                frame.headerLine(line);
            } else if (Chars.hasDigit(line.text())) {
                diagnostics.add(line.number(), TableType.THREE_PUBLIC.number(), line.text(),
                        "line with numbers in table 9 that is not its row of amounts");
            }
        }
        if (data == null) {
            return new ThreePublicTable(frame, CANONICAL, CANONICAL_LABELS, null, null, 0);
        }
        if (data.cells().form().delimited() && !header.isEmpty() && header.get(0).cells().form().delimited()) {
            return delimited(frame, header, data);
        }
        return tokens(frame, header, data, stream);
    }

    /**
     * A bare number after the row, printed one cell per line, that is the page's number: at the page's foot (or the
     * table's end) when the row already holds every cell the table has (TableFrame drops those it can tell without
     * the row, such as two digits among amounts that all print decimals); or, where the frame finds it may be the
     * page's number as well as a cell, when the row's identities hold without it and fail with it. One they hold
     * with and not without is the row's; one they do not tell is read as the row's, in doubt.
     */
    private boolean pageNumberAfterRow(ContentLine line, List<Cell> stream, TableFrame frame,
                                       List<ContentLine> header) {
        List<ContentLine> content = frame.content();
        boolean foot = line.line().lastOnPage() || content.get(content.size() - 1) == line;
        if (!MarkerLines.isBarePageNumber(line.text())) {
            return false;
        }
        if (foot && stream.size() >= CANONICAL.size()) {
            return true;
        }
        if (!frame.mayBePageNumber(line) || dataFollows(content, line)) {
            return false;
        }
        List<BigDecimal> without = new ArrayList<>();
        for (Cell cell : stream) {
            without.add(Amounts.parse(cell.text()));
        }
        List<BigDecimal> with = new ArrayList<>(without);
        with.add(Amounts.parse(line.text()));
        List<List<String>> orders = orders(header);
        boolean holdsWithout = ThreePublicIdentities.anyHolds(without, orders, CANONICAL);
        boolean holdsWith = with.size() <= CANONICAL.size() && ThreePublicIdentities.anyHolds(with, orders, CANONICAL);
        if (holdsWithout && !holdsWith) {
            return true;
        }
        if (holdsWith == holdsWithout) {
            diagnostics.row(line.number(), TableType.THREE_PUBLIC.number(), line.text(), "the number " + line.text()
                    .strip() + " printed alone after table 9's amounts may be the page's number instead; read as an amount");
        }
        return false;
    }

    /** Whether a line of amounts comes after this one in the table. */
    private static boolean dataFollows(List<ContentLine> content, ContentLine line) {
        for (int i = content.indexOf(line) + 1; i < content.size(); i++) {
            if (isDataLine(content.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDataLine(ContentLine line) {
        boolean any = false;
        for (Cell cell : line.cells().cells()) {
            if (cell.isBlank()) {
                continue;
            }
            if (!Amounts.isAmount(cell.text())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private ThreePublicTable delimited(TableFrame frame, List<ContentLine> header, ContentLine data) {
        int width = data.cells().cells().size();
        String[] leaf = new String[width];
        for (ContentLine line : header) {
            List<Cell> cells = line.cells().cells();
            for (int i = 0; i < cells.size() && i < width; i++) {
                if (!cells.get(i).isBlank()) {
                    leaf[i] = cells.get(i).text();
                }
            }
        }
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String name = leaf[i] == null ? null : name(leaf[i]);
            String text = data.cells().cells().get(i).text();
            if (name == null || names.contains(name)) {
                if (!text.isEmpty()) {
                    diagnostics.row(data.number(), TableType.THREE_PUBLIC.number(), data.text(),
                            "amount '" + text + "' under no known heading of table 9");
                }
                continue;
            }
            names.add(name);
            labels.add(leaf[i].strip());
            values.add(text.isEmpty() ? BigDecimal.ZERO : Amounts.parse(text));
            printed.add(text);
        }
        if (names.size() < 2) {
            return tokens(frame, header, data, data.cells().filled());
        }
        return new ThreePublicTable(frame, names, labels, Slot.placed("table 9", values.toArray(new BigDecimal[0])),
                printed, data.number());
    }

    /** The stable name a heading stands for. */
    static String name(String heading) {
        String text = Chars.squeeze(heading);
        if (text.contains("机关运行")) {
            return ThreePublicCells.OPERATING_EXPENSES;
        }
        if (text.contains("出国")) {
            return ThreePublicCells.ABROAD;
        }
        if (text.contains("接待")) {
            return ThreePublicCells.RECEPTION;
        }
        if (text.equals("小计") || text.contains("购置及运行")) {
            return ThreePublicCells.VEHICLE_TOTAL;
        }
        if (text.contains("购置")) {
            return ThreePublicCells.VEHICLE_PURCHASE;
        }
        if (text.contains("运行")) {
            return ThreePublicCells.VEHICLE_RUNNING;
        }
        if (text.equals("合计") || text.equals("总计")) {
            return ThreePublicCells.TOTAL;
        }
        return null;
    }

    /**
     * Forms without kept cells. A heading spanning three columns is printed on its own line in these forms, so
     * the order in which the headings come out is no evidence of the columns' order. The values are placed in
     * the canonical names by each order the templates use (公务接待费 before or after the vehicle columns), kept
     * where table 9's identities hold; what stays open is left to {@link Placing} (the narrative's figures).
     */
    private ThreePublicTable tokens(TableFrame frame, List<ContentLine> header, ContentLine data, List<Cell> cells) {
        List<BigDecimal> values = new ArrayList<>();
        for (Cell cell : cells) {
            values.add(Amounts.parse(cell.text()));
        }
        if (values.size() > CANONICAL.size()) {
            diagnostics.row(data.number(), TableType.THREE_PUBLIC.number(), data.text(),
                    "table 9 prints " + values.size() + " amounts for " + CANONICAL.size() + " cells; the first are kept");
            values = values.subList(0, CANONICAL.size());
        }
        Slot slot = ThreePublicIdentities.candidates(values, orders(header), CANONICAL);
        return new ThreePublicTable(frame, CANONICAL, CANONICAL_LABELS, slot, printedTexts(cells), data.number());
    }

    /** The orders of the cells the headings allow. */
    private static List<List<String>> orders(List<ContentLine> header) {
        return switch (receptionOrder(header)) {
            case BEFORE_VEHICLES -> List.of(CANONICAL);
            case AFTER_VEHICLES -> List.of(RECEPTION_LAST);
            case UNKNOWN -> List.of(CANONICAL, RECEPTION_LAST);
        };
    }

    private enum ReceptionOrder { BEFORE_VEHICLES, AFTER_VEHICLES, UNKNOWN }

    /** Only headings printed on one line tell the order of 公务接待费 and the vehicle columns. */
    private static ReceptionOrder receptionOrder(List<ContentLine> header) {
        for (ContentLine line : header) {
            int reception = -1;
            int vehicles = -1;
            int position = 0;
            for (Cell cell : line.cells().filled()) {
                String text = Chars.squeeze(cell.text());
                if (text.contains("接待") && reception < 0) {
                    reception = position;
                }
                if ((text.contains("购置及运行") || text.contains("公务用车")) && vehicles < 0) {
                    vehicles = position;
                }
                position++;
            }
            if (reception >= 0 && vehicles >= 0) {
                return reception < vehicles ? ReceptionOrder.BEFORE_VEHICLES : ReceptionOrder.AFTER_VEHICLES;
            }
        }
        return ReceptionOrder.UNKNOWN;
    }

    private static List<String> printedTexts(List<Cell> cells) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : cells) {
            texts.add(cell.text());
        }
        return texts;
    }
}
