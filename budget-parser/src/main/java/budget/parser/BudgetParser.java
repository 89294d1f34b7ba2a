package budget.parser;

import budget.model.BudgetMetadata;
import budget.model.BudgetTable;
import budget.model.NarrativeFact;
import budget.model.ParsedBudget;
import budget.model.ProseMark;
import budget.parser.locate.MarkerLines;
import budget.parser.locate.TableLocator;
import budget.parser.locate.TableRegion;
import budget.parser.narrative.NarrativeReader;
import budget.parser.table.TableDrafts;
import budget.parser.table.TableFrame;
import budget.parser.table.Tables;
import budget.parser.text.Diagnostics;
import budget.parser.text.LayoutMarks;
import budget.parser.text.SourceLine;
import budget.parser.text.SourceText;
import budget.parser.title.MetadataReader;
import budget.parser.title.TitleBlock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the text of a department (or unit) budget disclosure into a {@link ParsedBudget}: metadata, the nine
 * tables, the figures the prose states and a diagnostic for everything that could not be read with certainty.
 * Stateless and thread-safe; one instance serves any number of threads. It never throws: a text that is not a
 * budget, or that defeats the reader, gives {@link ParseOutcome.NotABudget} with the reason.
 */
public final class BudgetParser {

    public ParseOutcome parse(String text) {
        if (text == null || text.isBlank()) {
            return new ParseOutcome.NotABudget("empty text");
        }
        try {
            return read(text);
        } catch (RuntimeException | StackOverflowError e) {
            // a safety net only: no reader is meant to throw, but one bad text must not take down a pipeline
            return new ParseOutcome.NotABudget("the text could not be read: " + e);
        }
    }

    private static ParseOutcome read(String text) {
        List<SourceLine> lines = SourceText.lines(text);
        Optional<TitleBlock> title = TitleBlock.read(lines);
        List<TableRegion> regions = TableLocator.locate(lines);
        if (title.isEmpty() && regions.isEmpty()) {
            return new ParseOutcome.NotABudget("no title block (…年…部门预算) and no budget tables found");
        }
        Diagnostics diagnostics = new Diagnostics();
        TableDrafts drafts = TableDrafts.read(regions, diagnostics);
        MetadataReader.TableHints hints = hints(drafts, regions);
        int year = title.map(TitleBlock::year).orElse(hints.tableYear());
        BudgetMetadata metadata = MetadataReader.read(lines, title, hints);
        NarrativeReader.Prose prose = NarrativeReader.read(lines, regions, year, metadata.kind(), diagnostics);
        List<NarrativeFact> facts = prose.facts();
        List<BudgetTable> tables = Tables.finish(drafts, facts, year, diagnostics);
        List<ProseMark> marks = new ArrayList<>(prose.marks());
        marks.addAll(LayoutMarks.read(text));
        return new ParseOutcome.Parsed(new ParsedBudget(metadata, tables, facts, diagnostics.sorted(), marks));
    }

    private static MetadataReader.TableHints hints(TableDrafts drafts, List<TableRegion> regions) {
        List<String> preparedBy = new ArrayList<>();
        boolean unit = false;
        Map<Integer, Integer> years = new HashMap<>();
        for (TableFrame frame : drafts.frames()) {
            if (frame.preparedBy() != null) {
                preparedBy.add(frame.preparedBy());
            }
            String word = frame.preparedByWord();
            unit |= "编制单位".equals(word) || "预算单位".equals(word);
            if (frame.firstYear() > 0) {
                years.merge(frame.firstYear(), 1, Integer::sum);
            }
        }
        for (TableRegion region : regions) {
            String title = region.title() == null ? "" : region.title();
            unit |= title.contains("预算单位") || MarkerLines.startsWithUnitWord(title);
        }
        int year = years.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        return new MetadataReader.TableHints(preparedBy, unit, year);
    }
}
