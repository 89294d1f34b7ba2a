package budget.parser.narrative;

import budget.model.BudgetKind;
import budget.model.NarrativeFact;
import budget.model.ProseMark;
import budget.parser.locate.TableRegion;
import budget.parser.text.Chars;
import budget.parser.text.Diagnostics;
import budget.parser.text.SourceLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the figures the prose states: the explanation's totals and subject items (only within 编制说明, where
 * they mean the budget's totals), the other sections' 三公, 机关运行经费, procurement, performance and vehicle
 * figures, each project's 年度预算 and the performance forms' amounts, the sentences that state a previous
 * figure and a change, and the writing slips of the prose ({@link ProseMarks}). Lines inside table regions are
 * not prose; a paragraph printed twice is read once.
 */
public final class NarrativeReader {

    private NarrativeReader() {
    }

    /** Paragraphs longer than this are not prose a person wrote; they are reported and not scanned. */
    private static final int MAX_PARAGRAPH = 20_000;

    /** What the prose states and shows. */
    public record Prose(List<NarrativeFact> facts, List<ProseMark> marks) {
    }

    public static List<NarrativeFact> read(List<SourceLine> lines, List<TableRegion> regions, int documentYear,
                                           Diagnostics diagnostics) {
        return read(lines, regions, documentYear, null, diagnostics).facts();
    }

    /** @param kind the kind the title block gives the budget, for its wording; null to look for no wording */
    public static Prose read(List<SourceLine> lines, List<TableRegion> regions, int documentYear, BudgetKind kind,
                             Diagnostics diagnostics) {
        boolean[] inTable = new boolean[lines.size() + 2];
        int firstTableLine = Integer.MAX_VALUE;
        int lastTableLine = 0;
        for (TableRegion region : regions) {
            for (List<SourceLine> segment : region.segments()) {
                for (SourceLine line : segment) {
                    inTable[line.number()] = true;
                    lastTableLine = Math.max(lastTableLine, line.number());
                }
            }
            firstTableLine = Math.min(firstTableLine, region.firstLine());
        }
        List<SourceLine> narrative = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.number() < inTable.length && !inTable[line.number()]) {
                narrative.add(line);
            }
        }
        long[] words = LineWords.of(narrative);
        int[] explanation = explanationScope(narrative, words, firstTableLine);
        List<FigurePattern.Found> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Paragraph paragraph : paragraphs(narrative, words, explanation[0])) {
            if (paragraph.text().length() > MAX_PARAGRAPH) {
                diagnostics.note(paragraph.firstLine(), null, paragraph.text(),
                        "a paragraph of " + paragraph.text().length() + " characters; not read for figures");
                continue;
            }
            long present = paragraph.words();
            if ((present & LineWords.FIGURES) == 0 || !seen.add(paragraph.text())) {
                continue; // nothing to find, or printed before
            }
            int first = paragraph.firstLine();
            int from = found.size();
            if (first >= explanation[0] && first < explanation[1]) {
                StatedFigures.find(StatedFigures.TOTALS, paragraph, present, documentYear, found);
                StatedFigures.find(StatedFigures.SUBJECTS, paragraph, present, documentYear, found);
                if ((present & LineWords.BRACKETS) != 0) {
                    LevelSubjects.find(paragraph, found);
                }
            }
            StatedFigures.find(StatedFigures.OTHERS, paragraph, present, documentYear, found);
            ChangeStatements.find(paragraph, documentYear, found, from);
        }
        ProjectBudgets.find(narrative, words, found);
        PerformanceForms.find(narrative, words, found);
        found.sort(Comparator.comparingInt((FigurePattern.Found f) -> f.fact().line())
                .thenComparingInt(FigurePattern.Found::position));
        List<NarrativeFact> facts = new ArrayList<>(found.size());
        for (FigurePattern.Found f : found) {
            facts.add(f.fact());
        }
        List<ProseMark> marks = kind == null ? List.of()
                : ProseMarks.read(narrative, new ProseMarks.Scope(explanation[0], explanation[1],
                        notesStart(narrative, lastTableLine), projectsStart(narrative, words, lastTableLine)), kind);
        return new Prose(facts, marks);
    }

    /** The 其他相关情况说明 heading after the tables (the table of contents names it too), or 0. */
    private static int notesStart(List<SourceLine> narrative, int lastTableLine) {
        for (SourceLine line : narrative) {
            if (line.number() > lastTableLine) {
                String text = ProjectBudgets.heading(line.text());
                if (text.length() <= 24 && text.endsWith("其他相关情况说明")) {
                    return line.number();
                }
            }
        }
        return 0;
    }

    /** The first project section's heading after the tables, or MAX_VALUE. */
    private static int projectsStart(List<SourceLine> narrative, long[] words, int lastTableLine) {
        for (int i = 0; i < narrative.size(); i++) {
            SourceLine line = narrative.get(i);
            if (line.number() > lastTableLine && (words[i] & LineWords.PROJECT_HEADING) != 0
                    && ProjectBudgets.heading(line.text()).length() <= 60) {
                return line.number();
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * The lines of 部门预算编制说明: from its heading (the last one before the tables, the table of contents
     * naming it too) to the tables; without a heading, everything before the tables.
     */
    private static int[] explanationScope(List<SourceLine> narrative, long[] words, int firstTableLine) {
        int start = 0;
        for (int i = 0; i < narrative.size(); i++) {
            SourceLine line = narrative.get(i);
            if (line.number() >= firstTableLine) {
                break;
            }
            if ((words[i] & LineWords.EXPLANATION) == 0) {
                continue;
            }
            String text = ProjectBudgets.heading(line.text());
            if (text.length() <= 40 && text.endsWith("编制说明")) {
                start = line.number();
            }
        }
        return new int[] {start, firstTableLine};
    }

    /**
     * Runs of adjacent non-blank lines that may state a figure (a keyword in a line, or across a line break); a
     * run never spans the start of the explanation. Other runs are not joined at all.
     */
    private static List<Paragraph> paragraphs(List<SourceLine> narrative, long[] words, int explanationStart) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<SourceLine> run = new ArrayList<>();
        long present = 0;
        int previous = -1;
        for (int i = 0; i < narrative.size(); i++) {
            SourceLine line = narrative.get(i);
            if (line.isBlank() || line.number() != previous + 1 || line.number() == explanationStart) {
                flush(run, present, paragraphs);
                present = 0;
            }
            if (!line.isBlank()) {
                if (!run.isEmpty()) {
                    // a keyword cut by the line break (政府采购 / 服务预算) must still select its patterns
                    present |= acrossBreak(run.get(run.size() - 1).text(), line.text());
                }
                run.add(line);
                present |= words[i];
            }
            previous = line.number();
        }
        flush(run, present, paragraphs);
        return paragraphs;
    }

    /** The words that a line break cuts in two: the end of one line joined to the start of the next. */
    private static long acrossBreak(String before, String after) {
        // the characters next to the break, whatever the margins (layout text indents a continuation line)
        String last = before.stripTrailing();
        String first = after.stripLeading();
        String end = Chars.squeeze(last.substring(Math.max(0, last.length() - 12)));
        String start = Chars.squeeze(first.substring(0, Math.min(first.length(), 12)));
        return LineWords.scan(end + start);
    }

    private static void flush(List<SourceLine> run, long present, List<Paragraph> paragraphs) {
        if (!run.isEmpty() && (present & LineWords.FIGURES) != 0) {
            paragraphs.add(Paragraph.of(run, present));
        }
        run.clear();
    }
}
