package budget.model;

import budget.model.SubjectChain.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectChainTests {

    @Test
    void aQuotedNameIsOneLevelOfUnknownDepth() {
        SubjectChain chain = SubjectChain.parse("城乡医疗救助");
        assertThat(chain.levels()).containsExactly(new Level("城乡医疗救助", 0, null));
        assertThat(chain.isChain()).isFalse();
        assertThat(SubjectChain.parse("“其他医疗救助” 科目").subject().name()).isEqualTo("其他医疗救助");
    }

    @Test
    void aLevelMarkGivesTheDepth() {
        assertThat(SubjectChain.parse("卫生健康支出（类）").levels()).containsExactly(new Level("卫生健康支出", 1, null));
        assertThat(SubjectChain.parse("卫生健康支出 ( 类 )").levels()).containsExactly(new Level("卫生健康支出", 1, null));
    }

    @Test
    void aChainIsReadWidestFirstWithItsCodes() {
        SubjectChain chain = SubjectChain.parse("公共安全支出（204类）司法（06款）行政运行（01项）");
        assertThat(chain.levels()).containsExactly(new Level("公共安全支出", 1, "204"), new Level("司法", 2, "06"),
                new Level("行政运行", 3, "01"));
        assertThat(chain.subject().name()).isEqualTo("行政运行");
        assertThat(chain.ancestors()).hasSize(2);
        assertThat(SubjectChain.parse("一般公共服务支出(类)财政事务(款)行政运行(项)").levels())
                .extracting(Level::depth).containsExactly(1, 2, 3);
    }

    @Test
    void aPrintedCodeIsMatchedAgainstTheFullCode() {
        SubjectChain chain = SubjectChain.parse("公共安全支出（204类）司法（06款）行政运行（01项）");
        assertThat(chain.levels().get(0).printedCodeOf("204")).isTrue();
        assertThat(chain.levels().get(1).printedCodeOf("20406")).isTrue();
        assertThat(chain.levels().get(2).printedCodeOf("2040601")).isTrue();
        assertThat(chain.levels().get(2).printedCodeOf("2040602")).isFalse();
        assertThat(chain.levels().get(0).printedCodeOf("2040204")).isFalse();
    }

    @Test
    void aNameAfterTheLastMarkIsALevelOfUnknownDepthBelowIt() {
        assertThat(SubjectChain.parse("卫生健康支出（类）城乡医疗救助").levels())
                .containsExactly(new Level("卫生健康支出", 1, null), new Level("城乡医疗救助", 0, null));
    }

    @Test
    void aCodeInFrontOfAnUnmarkedName() {
        assertThat(SubjectChain.parse("2101101行政单位医疗").levels())
                .containsExactly(new Level("行政单位医疗", 3, "2101101"));
    }
}
