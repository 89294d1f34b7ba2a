package budget.parser.locate;

import budget.model.TableType;
import budget.parser.text.SourceLine;

import java.util.List;

/**
 * The lines of one table: its title line and everything up to the next table or narrative section. A table
 * printed in several places (its title repeated) has several segments, read as one table.
 *
 * @param type     which of the nine tables
 * @param title    the title as printed (stripped of heading marks)
 * @param segments each a run of lines starting with a title line
 */
public record TableRegion(TableType type, String title, List<List<SourceLine>> segments) {

    public TableRegion {
        segments = List.copyOf(segments);
    }

    public int firstLine() {
        return segments.get(0).get(0).number();
    }
}
