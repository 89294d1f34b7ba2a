package budget.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassificationNamesTests {

    @Test
    void theRenamingsOfThe2019Revision() {
        assertThat(ClassificationNames.renamed("210", "医疗卫生与计划生育支出", "卫生健康支出")).isTrue();
        assertThat(ClassificationNames.renamed("207", "文化体育与传媒支出", "文化旅游体育与传媒支出")).isTrue();
        assertThat(ClassificationNames.renamed("220", "国土海洋气象等支出", "自然资源海洋气象等支出")).isTrue();
        assertThat(ClassificationNames.replacing("210", "医疗卫生与计划生育支出").orElseThrow().revision()).isEqualTo(2019);
    }

    @Test
    void namesAreComparedWithoutSpacesOrTheTrailing支出() {
        assertThat(ClassificationNames.renamed("210", "医疗卫生与计划生育", "卫生健康支出")).isTrue();
        assertThat(ClassificationNames.renamed("212", "城乡社区事务", "城乡社区 支出")).isTrue();
    }

    @Test
    void aNameOfAnotherCodeOrTheSameNameIsNoRenaming() {
        assertThat(ClassificationNames.renamed("208", "医疗卫生与计划生育支出", "卫生健康支出")).isFalse();
        assertThat(ClassificationNames.renamed("210", "卫生健康支出", "卫生健康支出")).isFalse();
        assertThat(ClassificationNames.renamed("210", "社会保障和就业支出", "卫生健康支出")).isFalse();
    }

    @Test
    void namesInTheOrderOfTheRevisions() {
        assertThat(ClassificationNames.namesOf("210")).containsExactly("医疗卫生", "医疗卫生与计划生育支出", "卫生健康支出");
        assertThat(ClassificationNames.older("210", "医疗卫生与计划生育支出", "卫生健康支出")).isTrue();
        assertThat(ClassificationNames.older("210", "卫生健康支出", "医疗卫生与计划生育支出")).isFalse();
        assertThat(ClassificationNames.codesNamed("医疗卫生与计划生育支出", 3)).containsExactly("210");
        assertThat(ClassificationNames.namesOf("208")).isEmpty();
    }

    @Test
    void everyRenamingIsOfAFunctionClassOr款AndNewerThanWhatItReplaces() {
        for (ClassificationNames.Renaming renaming : ClassificationNames.renamings()) {
            assertThat(renaming.code()).matches("2[0-9]{2}([0-9]{2})?");
            assertThat(renaming.revision()).isBetween(2007, 2030);
            assertThat(renaming.formerName()).isNotEqualTo(renaming.name());
        }
        assertThat(ClassificationNames.introduced()).extracting(ClassificationNames.Introduced::code).contains("224");
    }
}
