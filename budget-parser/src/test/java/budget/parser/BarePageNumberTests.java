package budget.parser;

import budget.parser.testing.GoldenBudget;
import budget.parser.testing.Variation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents the readers once misread as certain (PF-13: bare page numbers printed one cell per line; PF-16: one
 * after a whole amount with the digits of a code; PF-10: a
 * narrower or nameless continuation page in layout text that marks no page breaks) read back into their goldens:
 * every row, item and cell equal, no doubt where no cell vanished ({@link budget.parser.testing.ReadBack}).
 */
class BarePageNumberTests {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            // two-digit page numbers at the foot of table 4's pages, whole amounts without decimals
            "shanghai-medical-security-2026; form=ONE_PER_LINE, zero=BLANK, decimals=WHEN_NONZERO, headerLines=1, "
                    + "wrapHeaderCells=true, codes=MERGED, nameWrap=BELOW (width 9), wrapLabels=true, pageBreaks=2, "
                    + "repeatHeader=true, pageNumber=PLAIN, glue=TIGHT, blankLines=true, seed=5119765313465207018",
            // without form feeds: 8 after 20805's numbers, 4 after a blank table 1 item, 10 after a blank table 4 row
            "songjiang-medical-security-2026; form=ONE_PER_LINE, zero=BLANK, pageBreaks=1, pageNumber=PLAIN, "
                    + "formFeed=false, seed=-112053351",
            // a page number after a row printing every column
            "putuo-justice-bureau-2026-dept; form=ONE_PER_LINE, wrapHeaderCells=true, pageBreaks=1, pageNumber=PLAIN, "
                    + "formFeed=false, seed=561339433",
            // 12 after a nameless first page whose zeros print as 0
            "baoshan-medical-security-2026; form=ONE_PER_LINE, zero=INTEGER, nameWrap=BELOW (width 14), pageBreaks=1, "
                    + "namelessFirstPage=true, pageNumber=PLAIN, seed=-5585543854451178553",
            // 10 and 11 at the foot of table 4's pages, whole amounts without decimals
            "shanghai-finance-bureau-2025-unit; form=ONE_PER_LINE, zero=BLANK, decimals=WHEN_NONZERO, pageBreaks=1, "
                    + "pageNumber=PLAIN, seed=-441280242",
            // table 9's whole 1 (万元) printed alone is its cell, not a page number: its identities need it
            "minhang-medical-security-2023; form=ONE_PER_LINE, zero=BLANK, decimals=WHEN_NONZERO, pageNumber=PLAIN",
            // PF-16: 5 at the foot of table 2's page right after its 合计's 30000 (the digits of a 款 code), no
            // separators: the row's amount, so the 5 is the page's
            "songjiang-medical-security-2026; form=ONE_PER_LINE, zero=BLANK, thousands=false, decimals=WHEN_NONZERO, "
                    + "pageNumber=PLAIN",
            // PF-10: layout without page marks, a nameless first page then the names back, and a narrower page
            "putuo-justice-bureau-2026-dept; form=LAYOUT, zero=BLANK, headerLines=1, pageBreaks=1, "
                    + "namelessFirstPage=true, formFeed=false, glue=SPACE, unitOnSameLine=true, squeeze=1, "
                    + "seed=2968537863070086804",
            "songjiang-medical-security-2026; form=LAYOUT, zero=BLANK, thousands=false, decimals=WHEN_NONZERO, "
                    + "headerLines=1, sideHeadings=true, codes=WHOLE, pageBreaks=2, formFeed=false, subItemDot=true, "
                    + "jitter=1, squeeze=2, seed=7181722940814794673",
            // PF-17: a narrower continuation page after a form feed, its first rows printing 合计 and 项目支出 only
            "putuo-justice-bureau-2026-unit; form=LAYOUT, zero=BLANK, pageBreaks=3, squeeze=2, seed=-1623070930752618830",
            // a whole amount with a code's digits (2920332, no separators) before the page number that ends its row
            "minhang-medical-security-2026; form=ONE_PER_LINE, thousands=false, decimals=WHEN_NONZERO, pageBreaks=3, "
                    + "pageNumber=PLAIN, seed=7326429370217366411",
            // a name's last character wrapped alone right before a repeated header (因公出国（境）费 / 用)
            "songjiang-medical-security-2026; form=ONE_PER_LINE, zero=BLANK, codes=MERGED, nameWrap=BELOW (width 11), "
                    + "pageBreaks=1, repeatHeader=true, seed=5596556393574333227"})
    void readsBackIntoItsGolden(String golden, String variation) {
        assertThat(GeneratedDocumentPropertyTests.readBack(GoldenBudget.load(golden), Variation.parse(variation)))
                .isEmpty();
    }
}
