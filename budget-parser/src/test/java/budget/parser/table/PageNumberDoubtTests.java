package budget.parser.table;

import budget.model.TableType.Columns;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static budget.parser.table.PageNumberDoubt.Verdict.CELL;
import static budget.parser.table.PageNumberDoubt.Verdict.OPEN;
import static budget.parser.table.PageNumberDoubt.Verdict.PAGE_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

/** A number alone after a row's numbers, told from the page's number by the row. */
class PageNumberDoubtTests {

    private static final List<String> EXPENSE = List.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT);
    private static final List<String> FUNDS = List.of(Columns.TOTAL, Columns.GENERAL_PUBLIC, Columns.GOVERNMENT_FUND,
            Columns.STATE_CAPITAL);
    private static final List<String> ONE_COLUMN = List.of(Columns.BUDGET);

    @Test
    void aNumberThatBreaksTheRowsIdentityIsThePagesNumber() {
        assertThat(PageNumberDoubt.of(amounts("15517039", "15517039"), new BigDecimal("13"), FUNDS))
                .isEqualTo(PAGE_NUMBER);
        assertThat(PageNumberDoubt.of(amounts("2043412.53", "2043412.53"), new BigDecimal("8"), EXPENSE))
                .isEqualTo(PAGE_NUMBER);
    }

    @Test
    void afterABlankRowANumberAloneCannotBeItsTotal() {
        assertThat(PageNumberDoubt.of(amounts(), new BigDecimal("13"), EXPENSE)).isEqualTo(PAGE_NUMBER);
    }

    @Test
    void aRowPrintingEveryColumnTakesNoMoreEvenAgainstItsIdentity() {
        // the document's own defect (PF-14): it stands as printed, and the number after it is the page's
        assertThat(PageNumberDoubt.of(amounts("14348853.34", "14348853.34", "64840547.00"), new BigDecimal("8"),
                EXPENSE)).isEqualTo(PAGE_NUMBER);
    }

    @Test
    void aNumberThatCompletesTheRowsIdentityIsTheRows() {
        assertThat(PageNumberDoubt.of(amounts("1008", "1000"), new BigDecimal("8"), EXPENSE)).isEqualTo(CELL);
    }

    @Test
    void aRowWithoutAnIdentityDoesNotTellItsOnlyCell() {
        assertThat(PageNumberDoubt.of(amounts(), new BigDecimal("4"), ONE_COLUMN)).isEqualTo(OPEN);
        assertThat(PageNumberDoubt.of(amounts("96282213.44"), new BigDecimal("4"), ONE_COLUMN)).isEqualTo(PAGE_NUMBER);
    }

    @Test
    void aRowBrokenEitherWayDoesNotTell() {
        assertThat(PageNumberDoubt.of(amounts("100", "30"), new BigDecimal("12"), EXPENSE)).isEqualTo(OPEN);
    }

    private static List<BigDecimal> amounts(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
