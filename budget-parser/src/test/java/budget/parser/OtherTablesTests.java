package budget.parser;

import budget.model.BudgetTable;
import budget.model.ParsedBudget;
import budget.model.ParseDiagnostic;
import budget.parser.testing.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Documents that print a table beside the nine (a project list, a procurement table, a table by economic class of
 * project spending) between table 8 and table 9: its rows, economic codes and a 合计 among them, are not table 8's.
 * Table 8 reads as it does without it, and the reader has nothing to doubt there.
 */
class OtherTablesTests {

    /** A table of project spending by economic class, as some departments print after table 8. */
    private static final String OTHER_TABLE = """

                             2026年部门项目支出预算经济分类表
            编制部门：上海市某某局                                                      单位：元
                编码                     经济分类科目名称   合计            一般公共预算          政府性基金
             类     款
             302         商品和服务支出                   5000000.00   5000000.00          0.00
             302   01    办公费                        3000000.00    3000000.00          0.00
             302   11    差旅费                        2000000.00    2000000.00          0.00
                                合计   5000000.00   5000000.00   0.00
            """;

    static List<String> documents() {
        return Corpus.DOCUMENTS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void aTableBesideTheNineAfterTable8IsNotPartOfIt(String document) {
        String text = Corpus.text(document, "layout");
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int table9 = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("三公") && lines.get(i).strip().endsWith("预算表") && !lines.get(i).contains("…")) {
                table9 = i;
            }
        }
        assertThat(table9).as("table 9's title in " + document).isPositive();
        lines.add(table9, OTHER_TABLE);
        ParsedBudget plain = Corpus.parsed(document, "layout");
        ParsedBudget withOther = ((ParseOutcome.Parsed) new BudgetParser().parse(String.join("\n", lines))).budget();

        BudgetTable expected = plain.tables().get(7);
        BudgetTable read = withOther.tables().get(7);
        assertThat(read.rows()).isEqualTo(expected.rows());
        assertThat(read.totals()).isEqualTo(expected.totals());
        assertThat(withOther.tables().get(8).cells()).extracting("name", "yuan")
                .isEqualTo(plain.tables().get(8).cells().stream()
                        .map(c -> tuple(c.name(), c.yuan())).toList());
        assertThat(diagnosticsOf(withOther, 8)).isEqualTo(diagnosticsOf(plain, 8));
    }

    private static List<String> diagnosticsOf(ParsedBudget budget, int table) {
        return budget.diagnostics().stream().filter(d -> d.table() != null && d.table() == table)
                .map(ParseDiagnostic::reason).toList();
    }
}
