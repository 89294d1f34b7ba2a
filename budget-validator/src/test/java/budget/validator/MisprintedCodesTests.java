package budget.validator;

import budget.model.ParsedBudget;
import budget.model.TableRow;
import budget.model.validation.Severity;
import budget.model.validation.ValidationFinding;
import budget.model.validation.ValidationReport;
import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;
import budget.validator.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Codes misprinted in a published PDF (a dropped leading zero, a 类 cut short) are read for what they stand for:
 * the misprint is one finding of its own and cascades into no arithmetic error, while the budget's genuine
 * 1-yuan defect in the same table stays an ERROR. Made from the 上海市财政局 budget by misprinting two codes as
 * real documents do, in a delimited and in a single-spaced form.
 */
class MisprintedCodesTests {

    @ParameterizedTest
    @ValueSource(strings = {"tsv", "plumber"})
    void aMisprintedCodeIsReportedOnceAndCascadesIntoNothing(String form) {
        String text = Samples.text("pdf-text/shanghai-finance-bureau-2025-unit." + form);
        String separator = form.equals("tsv") ? "\t" : " ";
        String misprinted = text
                .replaceFirst("(?m)^302" + separator + "01" + separator + "办公费", "302" + separator + "1" + separator + "办公费")
                .replaceFirst("(?m)^210" + separator + "11" + separator + "01" + separator + "行政单位医疗",
                        "2" + separator + "11" + separator + "01" + separator + "行政单位医疗");
        assertThat(misprinted).isNotEqualTo(text);
        ParsedBudget budget = ((ParseOutcome.Parsed) new BudgetParser().parse(misprinted)).budget();

        TableRow office = budget.table(8).rows().stream().filter(r -> r.code().equals("30201")).findFirst().orElseThrow();
        assertThat(office.printedCode()).isEqualTo("302 1");
        ParsedBudget asPrinted = ((ParseOutcome.Parsed) new BudgetParser().parse(text)).budget();
        for (int table : List.of(3, 5, 8)) {
            assertThat(budget.table(table).rows()).extracting(TableRow::code)
                    .containsExactlyElementsOf(asPrinted.table(table).rows().stream().map(TableRow::code).toList());
        }

        ValidationReport report = new BudgetValidator().validate(budget);
        List<String> misprints = report.findings().stream().filter(f -> f.ruleId().equals("TABLE.MISPRINTED_CODE"))
                .map(f -> f.location().table() + " " + f.location().code()).toList();
        assertThat(misprints).contains("8 30201").allMatch(m -> m.equals("8 30201") || m.endsWith(" 2101101"));
        List<String> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(ValidationFinding::ruleId).toList();
        assertThat(errors).as(report.findings().toString())
                .containsExactly("T8.TREE.PARENT_EQ_SUM_CHILDREN", "T8.TREE.PARENT_EQ_SUM_CHILDREN");
    }
}
