package budget.parser;

import budget.model.ParsedBudget;
import budget.parser.testing.DocumentGenerator;
import budget.parser.testing.GoldenBudget;
import budget.parser.testing.ReadBack;
import budget.parser.testing.Variation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The property's judge is not vacuous: a golden that differs from the document by one amount or name is caught. */
class ReadBackTests {

    private static final String NAME = "putuo-justice-bureau-2026-unit";

    @Test
    void aDocumentReadsBackAsItsGoldenAndNotAsAnAlteredOne() {
        GoldenBudget golden = GoldenBudget.load(NAME);
        Variation tab = Variation.plain(Variation.Form.TAB);
        ParsedBudget read = parse(DocumentGenerator.render(golden, tab));
        assertThat(ReadBack.differences(golden, tab, read)).isEmpty();

        // the same reading against a golden with one amount moved to another column of its row
        GoldenBudget.Table t3 = golden.table(3);
        GoldenBudget.Row row = t3.rows().get(3);
        Map<String, BigDecimal> moved = new LinkedHashMap<>(row.amounts());
        moved.put("基本支出", row.amounts().get("项目支出"));
        moved.put("项目支出", BigDecimal.ZERO);
        List<GoldenBudget.Row> rows = new ArrayList<>(t3.rows());
        rows.set(3, new GoldenBudget.Row(row.code(), row.parts(), row.name(), moved));
        GoldenBudget altered = replace(golden, new GoldenBudget.Table(3, t3.status(), t3.note(), t3.columns(), rows,
                t3.totals(), t3.items(), t3.cells()));

        assertThat(ReadBack.differences(altered, tab, read)).extracting(ReadBack.Difference::what)
                .containsExactly("T3 " + row.code() + " read as DELIMITED " + nonZero(row.amounts()) + ", golden "
                        + nonZero(moved));
    }

    @Test
    void aRenamedRowIsCaught() {
        GoldenBudget golden = GoldenBudget.load(NAME);
        Variation layout = Variation.plain(Variation.Form.LAYOUT);
        ParsedBudget read = parse(DocumentGenerator.render(golden, layout));
        GoldenBudget.Table t8 = golden.table(8);
        List<GoldenBudget.Row> rows = new ArrayList<>(t8.rows());
        GoldenBudget.Row row = rows.get(1);
        rows.set(1, new GoldenBudget.Row(row.code(), row.parts(), row.name() + "费", row.amounts()));
        GoldenBudget altered = replace(golden, new GoldenBudget.Table(8, t8.status(), t8.note(), t8.columns(), rows,
                t8.totals(), t8.items(), t8.cells()));

        assertThat(ReadBack.differences(altered, layout, read)).hasSize(1).first().asString()
                .contains("T8 " + row.code() + " name");
    }

    private static GoldenBudget replace(GoldenBudget golden, GoldenBudget.Table table) {
        List<GoldenBudget.Table> tables = new ArrayList<>(golden.tables());
        tables.replaceAll(t -> t.number() == table.number() ? table : t);
        return new GoldenBudget(golden.name(), golden.department(), golden.departmentKey(), golden.year(),
                golden.kind(), golden.level(), golden.levelWord(), golden.region(), golden.supervisor(),
                golden.titleName(), tables);
    }

    private static ParsedBudget parse(String document) {
        return ((ParseOutcome.Parsed) new BudgetParser().parse(document)).budget();
    }

    private static Map<String, BigDecimal> nonZero(Map<String, BigDecimal> amounts) {
        Map<String, BigDecimal> values = new java.util.TreeMap<>();
        amounts.forEach((k, v) -> {
            if (v.signum() != 0) {
                values.put(k, v.stripTrailingZeros());
            }
        });
        return values;
    }
}
