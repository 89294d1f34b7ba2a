package budget.query.documents;

import budget.events.DocumentFailed.Stage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranks that keep a document's status moving forward only, as the README lists them. */
class DocumentStatusTests {

    @Test
    void everyStateRanksAtItsPlaceAlongThePipeline() {
        assertThat(List.of(DocumentStatus.RECEIVED_RANK, DocumentStatus.deadLetteredRank(Stage.PARSE),
                DocumentStatus.failedRank(Stage.PARSE), DocumentStatus.PARSED_RANK,
                DocumentStatus.deadLetteredRank(Stage.VALIDATE), DocumentStatus.failedRank(Stage.VALIDATE),
                DocumentStatus.deadLetteredRank(Stage.STORE), DocumentStatus.failedRank(Stage.STORE),
                DocumentStatus.VALIDATED_RANK))
                .containsExactly(10, 15, 18, 20, 25, 28, 35, 38, 40);
    }

    @Test
    void aReplayThatGoesThroughOrFailsMovesADeadLetteredDocumentOn() {
        // out of a dead letter before parsing: parsed, or failed at parsing
        assertThat(DocumentStatus.PARSED_RANK).isGreaterThan(DocumentStatus.deadLetteredRank(Stage.PARSE));
        assertThat(DocumentStatus.failedRank(Stage.PARSE)).isGreaterThan(DocumentStatus.deadLetteredRank(Stage.PARSE));
        // out of one before storing: stored, or failed at storing; never back to PARSED by a late parsed event
        assertThat(DocumentStatus.VALIDATED_RANK).isGreaterThan(DocumentStatus.deadLetteredRank(Stage.STORE));
        assertThat(DocumentStatus.failedRank(Stage.STORE)).isGreaterThan(DocumentStatus.deadLetteredRank(Stage.STORE));
        assertThat(DocumentStatus.PARSED_RANK).isLessThan(DocumentStatus.deadLetteredRank(Stage.VALIDATE));
    }
}
