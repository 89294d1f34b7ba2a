package budget.parser.table;

import budget.model.TableType;
import budget.parser.locate.TableRegion;
import budget.parser.text.Diagnostics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
        for (TableRegion region : regions) {
            TableType type = region.type();
            TableFrame frame = TableFrame.scan(region);
            drafts.frames.put(type, frame);
            switch (type.shape()) {
                case CODE -> drafts.codeTables.put(type, new CodeTableReader(type, diagnostics).read(frame));
                case SUMMARY -> drafts.summaries.put(type, new SummaryTableReader(type, diagnostics).read(frame));
                case CELLS -> drafts.threePublic = new ThreePublicReader(diagnostics).read(frame);
            }
        }
        return drafts;
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
