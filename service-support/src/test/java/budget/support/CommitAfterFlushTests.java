package budget.support;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A stage's consumer commits a poll only after the work its records deferred is done; a failed flush rewinds it. */
class CommitAfterFlushTests {

    private static final TopicPartition PARTITION = new TopicPartition("budget.documents.parsed", 0);

    private final MockConsumer<byte[], byte[]> kafka = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
    private final Consumer<byte[], byte[]> consumer = CommitAfterFlush.wrap(kafka);
    private final List<String> done = new ArrayList<>();

    @Test
    void thePollsWorkIsDoneBeforeItsOffsetsAreCommittedAndNotDeferredOnOtherThreads() throws Exception {
        assign(5);
        assertThat(consumer.poll(Duration.ZERO).count()).isEqualTo(5);
        assertThat(PollBatch.deferring()).isTrue();
        Work work = new Work("sends of offsets 0-4", false);
        PollBatch.defer(work);
        PollBatch.defer(work);
        boolean[] elsewhere = new boolean[1];
        Thread other = new Thread(() -> elsewhere[0] = PollBatch.deferring());
        other.start();
        other.join();
        assertThat(elsewhere[0]).as("a thread that polls no stage consumer (an HTTP request, a re-validation)").isFalse();

        consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(5)));

        assertThat(done).containsExactly("sends of offsets 0-4");
        assertThat(kafka.committed(java.util.Set.of(PARTITION)).get(PARTITION).offset()).isEqualTo(5);
    }

    @Test
    void aFailedFlushCommitsNothingAndTheRecordsComeAgainUntilThreadStopsDeferring() {
        assign(3);
        kafka.commitSync(Map.of(PARTITION, new OffsetAndMetadata(1)));
        consumer.poll(Duration.ZERO);
        kafka.seek(PARTITION, 3);
        for (int attempt = 1; attempt <= PollBatch.MAX_FAILED_FLUSHES; attempt++) {
            assertThat(PollBatch.deferring()).as("attempt " + attempt).isTrue();
            Work failing = new Work("attempt " + attempt, true);
            Work after = new Work("after " + attempt, false);
            PollBatch.defer(failing);
            PollBatch.defer(after);

            consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(3)));

            assertThat(kafka.committed(java.util.Set.of(PARTITION)).get(PARTITION).offset()).isEqualTo(1);
            assertThat(kafka.position(PARTITION)).as("rewound to the committed offset").isEqualTo(1);
            assertThat(after.discarded).isTrue();
        }
        assertThat(PollBatch.deferring()).as("after " + PollBatch.MAX_FAILED_FLUSHES + " failed flushes").isFalse();

        consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(3)));

        assertThat(kafka.committed(java.util.Set.of(PARTITION)).get(PARTITION).offset()).isEqualTo(3);
        assertThat(PollBatch.deferring()).as("after a commit").isTrue();
        assertThat(done).isEmpty();
    }

    @Test
    void workDeferredWhileFlushingIsDoneInTheSameCommitAfterTheWorkThatDeferredIt() {
        assign(2);
        consumer.poll(Duration.ZERO);
        Work statuses = new Work("status writes", false);
        PollBatch.defer(statuses);
        PollBatch.defer(new PollBatch.Flush() {
            @Override
            public void flush() {
                done.add("budgets new in the poll");
                // a budget stored at the end of the poll tells the status tracker, which defers its write again
                PollBatch.defer(statuses);
            }

            @Override
            public void discard() {
            }
        });

        consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(2)));

        assertThat(done).containsExactly("status writes", "budgets new in the poll", "status writes");
        assertThat(kafka.committed(java.util.Set.of(PARTITION)).get(PARTITION).offset()).isEqualTo(2);
    }

    @Test
    void aClosedConsumersThreadDefersNothingAndDropsWhatWasPending() {
        assign(1);
        consumer.poll(Duration.ZERO);
        Work pending = new Work("sends of offset 0", false);
        PollBatch.defer(pending);

        consumer.close();

        assertThat(PollBatch.deferring()).isFalse();
        assertThat(pending.discarded).as("its records come again to the next owner of the partition").isTrue();
        assertThat(done).isEmpty();
    }

    private void assign(int records) {
        kafka.assign(List.of(PARTITION));
        kafka.updateBeginningOffsets(Map.of(PARTITION, 0L));
        for (int offset = 0; offset < records; offset++) {
            kafka.addRecord(new ConsumerRecord<>(PARTITION.topic(), 0, offset, new byte[0], new byte[0]));
        }
    }

    private final class Work implements PollBatch.Flush {
        private final String name;
        private final boolean fails;
        boolean discarded;

        Work(String name, boolean fails) {
            this.name = name;
            this.fails = fails;
        }

        @Override
        public void flush() {
            if (fails) {
                throw new IllegalStateException("the broker did not take " + name);
            }
            done.add(name);
        }

        @Override
        public void discard() {
            discarded = true;
        }
    }
}
