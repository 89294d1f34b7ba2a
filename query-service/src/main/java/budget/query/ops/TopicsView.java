package budget.query.ops;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What an operator sees of the pipeline's topics at one moment. */
record TopicsView(
        @JsonProperty("at") Instant at,
        @JsonProperty("topics") List<Topic> topics,
        @JsonProperty("consumerGroups") List<GroupLag> consumerGroups,
        @JsonProperty("deadLetters") Map<String, Long> deadLetters,
        @JsonProperty("documentStatuses") Map<String, Long> documentStatuses) {

    /**
     * @param messages      records currently held (end offsets minus start offsets)
     * @param ratePerSecond records appended per second over the last minute of samples (null at the first look)
     */
    record Topic(
            @JsonProperty("name") String name,
            @JsonProperty("partitions") int partitions,
            @JsonProperty("endOffsets") List<Long> endOffsets,
            @JsonProperty("messages") long messages,
            @JsonProperty("ratePerSecond") BigDecimal ratePerSecond,
            @JsonProperty("deadLetter") boolean deadLetter) {
    }

    /** A consumer group's position on one topic. */
    record GroupLag(
            @JsonProperty("group") String group,
            @JsonProperty("topic") String topic,
            @JsonProperty("committed") long committed,
            @JsonProperty("end") long end,
            @JsonProperty("lag") long lag) {
    }
}
