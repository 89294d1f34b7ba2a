package budget.pipeline;

import budget.cli.KafkaConnection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * What a Kafka cluster says about itself, through the Admin API: who leads each partition, which replicas
 * are in sync, how far each consumer group lags and who in a group owns what.
 */
final class ClusterView implements AutoCloseable {

    private final Admin admin;

    ClusterView(KafkaConnection kafka) {
        this.admin = kafka.admin(Map.of(
                // a dead broker in the bootstrap list must not hold a look-up for long
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
    }

    /** A partition's leader (-1 for none) and in-sync replicas. */
    record PartitionState(TopicPartition partition, int leader, Set<Integer> inSync) {
    }

    /** A partition and how many records its group has still to consume. */
    record Lag(String group, TopicPartition partition, long records, int leader) {
    }

    /** One consumer group: its state and the partitions of each member. */
    record Group(String id, GroupState state, Map<String, Set<TopicPartition>> assignment) {
        int members() {
            return assignment.size();
        }

        Set<TopicPartition> assigned() {
            Set<TopicPartition> all = new HashSet<>();
            assignment.values().forEach(all::addAll);
            return all;
        }
    }

    List<PartitionState> partitions(Collection<String> topics) {
        Map<String, TopicDescription> described = get(admin.describeTopics(topics).allTopicNames());
        return described.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> state(d.name(), p)))
                .sorted(Comparator.comparing((PartitionState p) -> p.partition().topic())
                        .thenComparing(p -> p.partition().partition()))
                .toList();
    }

    private static PartitionState state(String topic, TopicPartitionInfo info) {
        Node leader = info.leader();
        Set<Integer> inSync = new HashSet<>();
        info.isr().forEach(node -> inSync.add(node.id()));
        return new PartitionState(new TopicPartition(topic, info.partition()),
                leader == null || leader.isEmpty() ? -1 : leader.id(), inSync);
    }

    /** Records each partition of the topic still has for the group (all of them when it committed none). */
    List<Lag> lag(String group, String topic) {
        List<PartitionState> partitions = partitions(List.of(topic));
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(p.partition(), OffsetSpec.latest()));
        var ends = get(admin.listOffsets(latest).all());
        Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        return partitions.stream().map(p -> {
            OffsetAndMetadata offset = committed.get(p.partition());
            long end = ends.get(p.partition()).offset();
            return new Lag(group, p.partition(), end - (offset == null ? 0 : offset.offset()), p.leader());
        }).toList();
    }

    Optional<Group> group(String id) {
        ConsumerGroupDescription description = get(admin.describeConsumerGroups(List.of(id)).all()).get(id);
        if (description == null) {
            return Optional.empty();
        }
        Map<String, Set<TopicPartition>> assignment = new HashMap<>();
        for (MemberDescription member : description.members()) {
            assignment.put(member.consumerId(), Set.copyOf(member.assignment().topicPartitions()));
        }
        return Optional.of(new Group(id, description.groupState(), assignment));
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the cluster did not answer: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        admin.close(java.time.Duration.ofSeconds(5));
    }
}
