package budget.query.ops;

import budget.query.documents.DocumentStatuses;
import budget.support.PipelineTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the pipeline's topics, consumer groups and dead letters from the broker (admin API, nothing
 * consumed) and the documents' statuses from MongoDB. Rates come from comparing end offsets with earlier
 * looks, kept for one minute.
 */
@Component
class TopicMonitor {

    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);
    static final String DLQ_SUFFIX = ".dlq";

    private final Admin admin;
    private final PipelineTopics topics;
    private final DocumentStatuses documents;
    private final Clock clock = Clock.systemUTC();
    private final Deque<Sample> samples = new ArrayDeque<>();

    TopicMonitor(KafkaClients clients, PipelineTopics topics, DocumentStatuses documents) {
        this.admin = clients.admin();
        this.topics = topics;
        this.documents = documents;
    }

    TopicsView look() {
        try {
            return lookAtBroker();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not answer: " + e.getMessage(), e);
        }
    }

    /** The pipeline's topics and every dead-letter topic next to them. */
    List<String> pipelineTopics() throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> all = admin.listTopics().names().get(15, TimeUnit.SECONDS);
        List<String> main = List.of(topics.received(), topics.parsed(), topics.validated(), topics.failed());
        String family = commonPrefix(main);
        return all.stream()
                .filter(t -> main.contains(t) || (t.endsWith(DLQ_SUFFIX) && t.startsWith(family)))
                .sorted().toList();
    }

    private TopicsView lookAtBroker() throws ExecutionException, InterruptedException, TimeoutException {
        Instant now = clock.instant();
        List<String> names = pipelineTopics();
        Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get(15, TimeUnit.SECONDS);
        List<TopicPartition> partitions = descriptions.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
        Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> start = offsets(partitions, OffsetSpec.earliest());
        Map<String, Long> endByTopic = sumByTopic(end);
        Map<String, BigDecimal> rates = rates(now, endByTopic);

        List<TopicsView.Topic> views = new ArrayList<>();
        Map<String, Long> deadLetters = new TreeMap<>();
        for (String name : names) {
            List<TopicPartition> own = partitions.stream().filter(p -> p.topic().equals(name))
                    .sorted((a, b) -> Integer.compare(a.partition(), b.partition())).toList();
            long messages = own.stream().mapToLong(p -> end.get(p) - start.get(p)).sum();
            boolean dead = name.endsWith(DLQ_SUFFIX);
            views.add(new TopicsView.Topic(name, own.size(), own.stream().map(end::get).toList(), messages,
                    rates.get(name), dead));
            if (dead) {
                deadLetters.put(name, messages);
            }
        }
        return new TopicsView(now, views, lags(names, end), deadLetters, documents.countByStatus());
    }

    private List<TopicsView.GroupLag> lags(List<String> names, Map<TopicPartition, Long> end)
            throws ExecutionException, InterruptedException, TimeoutException {
        Collection<GroupListing> groups = admin.listGroups().all().get(15, TimeUnit.SECONDS);
        List<TopicsView.GroupLag> lags = new ArrayList<>();
        List<String> groupIds = groups.stream().map(GroupListing::groupId).toList();
        Map<String, ConsumerGroupDescription> described = groupIds.isEmpty() ? Map.of()
                : admin.describeConsumerGroups(groupIds).all().get(15, TimeUnit.SECONDS);
        for (GroupListing group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = new java.util.HashMap<>(admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS));
            // a member assigned a partition it has not committed on yet: nothing of it is consumed
            ConsumerGroupDescription description = described.get(group.groupId());
            if (description != null) {
                description.members().forEach(m -> m.assignment().topicPartitions()
                        .forEach(p -> committed.putIfAbsent(p, null)));
            }
            Map<String, List<TopicPartition>> byTopic = committed.keySet().stream()
                    .filter(p -> names.contains(p.topic()))
                    .collect(Collectors.groupingBy(TopicPartition::topic, TreeMap::new, Collectors.toList()));
            byTopic.forEach((topic, parts) -> {
                long done = parts.stream().mapToLong(p -> committed.get(p) == null ? 0 : committed.get(p).offset()).sum();
                long total = end.entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
                        .mapToLong(Map.Entry::getValue).sum();
                lags.add(new TopicsView.GroupLag(group.groupId(), topic, done, total, Math.max(0, total - done)));
            });
        }
        lags.sort((a, b) -> (a.group() + a.topic()).compareTo(b.group() + b.topic()));
        return lags;
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin.listOffsets(
                partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec))).all().get(15, TimeUnit.SECONDS);
        return result.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static Map<String, Long> sumByTopic(Map<TopicPartition, Long> offsets) {
        return offsets.entrySet().stream().collect(Collectors.groupingBy(e -> e.getKey().topic(),
                Collectors.summingLong(Map.Entry::getValue)));
    }

    /** Appends per second since the oldest look within the window; remembers this look. */
    private synchronized Map<String, BigDecimal> rates(Instant now, Map<String, Long> endByTopic) {
        while (!samples.isEmpty() && samples.peekFirst().at().isBefore(now.minus(RATE_WINDOW))) {
            samples.removeFirst();
        }
        Map<String, BigDecimal> rates = new TreeMap<>();
        Sample oldest = samples.peekFirst();
        if (oldest != null && Duration.between(oldest.at(), now).toMillis() >= 1000) {
            BigDecimal seconds = BigDecimal.valueOf(Duration.between(oldest.at(), now).toMillis(), 3);
            endByTopic.forEach((topic, endOffset) -> rates.put(topic, BigDecimal.valueOf(
                    endOffset - oldest.endByTopic().getOrDefault(topic, endOffset)).divide(seconds, 2, RoundingMode.HALF_UP)));
        }
        samples.addLast(new Sample(now, endByTopic));
        return rates;
    }

    /** budget.documents. for the default names: every dead-letter topic of the pipeline starts with it. */
    static String commonPrefix(List<String> names) {
        String prefix = names.get(0);
        for (String name : names) {
            while (!name.startsWith(prefix)) {
                prefix = prefix.substring(0, prefix.length() - 1);
            }
        }
        return prefix;
    }

    private record Sample(Instant at, Map<String, Long> endByTopic) {
    }
}
