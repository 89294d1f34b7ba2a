package budget.parser.table;

import budget.model.ParseDiagnostic;
import budget.model.TableType;
import budget.parser.locate.TableRegion;
import budget.parser.text.Diagnostics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tables of one document as read, before names are filled and amounts finally placed. */
public final class TableDrafts {

    private final Map<TableType, TableFrame> frames = new EnumMap<>(TableType.class);
    private final Map<TableType, CodeTable> codeTables = new EnumMap<>(TableType.class);
    private final Map<TableType, SummaryTable> summaries = new EnumMap<>(TableType.class);
    private ThreePublicTable threePublic;

    private TableDrafts() {
    }

    public static TableDrafts read(List<TableRegion> regions, Diagnostics diagnostics) {
        TableDrafts drafts = new TableDrafts();
        Map<TableType, Diagnostics> streamed = new EnumMap<>(TableType.class);
        for (TableRegion region : regions) {
            TableType type = region.type();
            TableFrame frame = TableFrame.scan(region);
            drafts.frames.put(type, frame);
            switch (type.shape()) {
                case CODE -> {
                    Diagnostics own = diagnostics;
                    if (OneCellPerLine.applies(frame.content())) {
                        own = new Diagnostics(); // kept apart until the reading is settled
                        streamed.put(type, own);
                    }
                    drafts.codeTables.put(type, new CodeTableReader(type, own).read(frame));
                }
                case SUMMARY -> drafts.summaries.put(type, new SummaryTableReader(type, diagnostics).read(frame));
                case CELLS -> drafts.threePublic = new ThreePublicReader(diagnostics).read(frame);
            }
        }
        drafts.settle(streamed, diagnostics);
        return drafts;
    }

    /**
     * A function table printed one cell per line whose reading left rows in doubt is read again knowing the codes
     * the document's other function tables print for certain (tables 2 and 3 list the same codes, 5–7 a part of
     * them); its diagnostics are those of the reading kept.
     */
    private void settle(Map<TableType, Diagnostics> streamed, Diagnostics diagnostics) {
        for (Map.Entry<TableType, Diagnostics> entry : streamed.entrySet()) {
            TableType type = entry.getKey();
            Diagnostics own = entry.getValue();
            if (!type.economic() && codeTables.get(type).rows().stream().anyMatch(CodeRow::doubtful)) {
                Set<String> known = new HashSet<>();
                for (TableType other : TableType.values()) {
                    CodeTable table = codeTables.get(other);
                    if (other != type && !other.economic() && table != null) {
                        table.rows().stream().filter(row -> !row.doubtful()).forEach(row -> known.add(row.code().full()));
                    }
                }
                if (!known.isEmpty()) {
                    own = new Diagnostics();
                    codeTables.put(type, new CodeTableReader(type, own).read(frames.get(type), known));
                }
            }
            for (ParseDiagnostic diagnostic : own.sorted()) {
                diagnostics.add(diagnostic.line(), diagnostic.table(), diagnostic.text(), diagnostic.reason());
            }
        }
    }

    public List<TableFrame> frames() {
        return new ArrayList<>(frames.values());
    }

    public TableFrame frame(TableType type) {
        return frames.get(type);
    }

    /** The code table, or null when the document does not have it. */
    public CodeTable code(TableType type) {
        return codeTables.get(type);
    }

    public SummaryTable summary(TableType type) {
        return summaries.get(type);
    }

    /** A summary table read again (see {@link SummaryStreamReading}). */
    void replace(TableType type, SummaryTable table) {
        summaries.put(type, table);
    }

    public ThreePublicTable threePublic() {
        return threePublic;
    }
}
