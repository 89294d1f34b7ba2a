package budget.parser.narrative;

import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.PrintedAmount;
import budget.parser.text.Amounts;
import budget.parser.text.Cell;
import budget.parser.text.Chars;
import budget.parser.text.LineCells;
import budget.parser.text.SourceLine;

import java.util.List;

/**
 * The loose 财政项目支出绩效目标表 forms: per form the project (项目名称) and its 年度资金申请总额 (or 项目资金总额
 * when no annual figure is printed), in the unit the form states (元 unless it says 万元).
 */
final class PerformanceForms {

    private PerformanceForms() {
    }

    private static final class Form {
        String project;
        String unit = "元";
        String annual;
        int annualLine;
        String total;
        int totalLine;
    }

    static void find(List<SourceLine> narrative, long[] words, List<FigurePattern.Found> out) {
        Form form = null;
        for (int l = 0; l < narrative.size(); l++) {
            SourceLine line = narrative.get(l);
            String text = line.text();
            long relevant = LineWords.PROJECT_NAME | LineWords.PROJECT_FUNDS | LineWords.REQUESTED;
            if (text.length() > 4_000 || (words[l] & relevant) == 0) {
                continue;
            }
            List<Cell> cells = LineCells.of(text).filled();
            for (int i = 0; i < cells.size(); i++) {
                String cell = Chars.squeeze(cells.get(i).text());
                if (cell.equals("项目名称") && i + 1 < cells.size()) {
                    emit(form, out);
                    form = new Form();
                    form.project = cells.get(i + 1).text().strip();
                } else if (form != null && cell.startsWith("项目资金") && !cell.equals("项目资金总额")) {
                    form.unit = cell.contains("万元") ? "万元" : "元";
                } else if (form != null && cell.equals("年度资金申请总额") && form.annual == null) {
                    form.annual = nextAmount(cells, i);
                    form.annualLine = line.number();
                } else if (form != null && cell.equals("项目资金总额") && form.total == null) {
                    form.total = nextAmount(cells, i);
                    form.totalLine = line.number();
                }
            }
        }
        emit(form, out);
    }

    private static String nextAmount(List<Cell> cells, int at) {
        for (int i = at + 1; i < cells.size() && i <= at + 2; i++) {
            if (Amounts.isAmount(cells.get(i).text())) {
                return cells.get(i).text();
            }
        }
        return null;
    }

    private static void emit(Form form, List<FigurePattern.Found> out) {
        if (form == null || form.project == null || form.project.isEmpty()) {
            return;
        }
        String amount = form.annual != null ? form.annual : form.total;
        int line = form.annual != null ? form.annualLine : form.totalLine;
        if (amount != null) {
            out.add(new FigurePattern.Found(0, new NarrativeFact(FactKind.PERFORMANCE_FORM_AMOUNT, form.project,
                    PrintedAmount.of(amount, form.unit), null, null, line)));
        }
    }
}
