package budget.cli.bench;

import budget.cli.KafkaConnection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Pure transport on the same broker: a producer, three relays (each a plain consume-and-produce loop in
 * its own consumer group) and a consumer, over four topics with the pipeline's partition count, moving the
 * same payloads. What the pipeline achieves relative to this is the cost of parsing, validation and storage.
 */
public final class KafkaBaseline {

    public static final int RELAYS = 3;

    /** Documents per second end to end, and the latency of each from first send to last hop. */
    public record Result(double docsPerSecond, List<Long> latenciesMs) {
    }

    private KafkaBaseline() {
    }

    public static Result run(KafkaConnection kafka, List<byte[]> payloads, int partitions, int maxMessageBytes) throws Exception {
        String run = "bench-baseline-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> topics = new ArrayList<>();
        for (int hop = 0; hop <= RELAYS; hop++) {
            topics.add(run + ".hop" + hop);
        }
        try (Admin admin = kafka.admin(Map.of())) {
            admin.createTopics(topics.stream().map(t -> new NewTopic(t, partitions, (short) 1)
                    .configs(Map.of("max.message.bytes", String.valueOf(maxMessageBytes)))).toList()).all().get(60, TimeUnit.SECONDS);
            awaitLeaders(admin, topics);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        CountDownLatch assigned = new CountDownLatch(RELAYS + 1);
        for (int hop = 0; hop < RELAYS; hop++) {
            String from = topics.get(hop);
            String to = topics.get(hop + 1);
            threads.add(start("relay-" + hop, () -> relay(kafka, run, from, to, maxMessageBytes, running, assigned)));
        }
        List<Long> latencies = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        long[] lastAt = new long[1];
        threads.add(start("sink", () -> {
            try (KafkaConsumer<byte[], byte[]> consumer = consumer(kafka, run + "-sink", maxMessageBytes)) {
                consumer.subscribe(List.of(topics.get(RELAYS)));
                awaitAssignment(consumer, assigned);
                while (running.get() && latencies.size() < payloads.size()) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        long now = System.currentTimeMillis();
                        latencies.add(now - record.timestamp());
                        lastAt[0] = now;
                    }
                }
            }
            done.countDown();
        }));
        if (!assigned.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the baseline consumers were not assigned partitions within 60 s");
        }
        long start = System.currentTimeMillis();
        try (KafkaProducer<byte[], byte[]> producer = producer(kafka, maxMessageBytes)) {
            int i = 0;
            for (byte[] payload : payloads) {
                producer.send(new ProducerRecord<>(topics.get(0), ("doc-" + i++).getBytes(StandardCharsets.UTF_8), payload));
            }
            producer.flush();
        }
        boolean finished = done.await(10, TimeUnit.MINUTES);
        running.set(false);
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        try (Admin admin = kafka.admin(Map.of())) {
            admin.deleteTopics(topics).all().get(60, TimeUnit.SECONDS);
        }
        if (!finished) {
            throw new IllegalStateException("the baseline moved " + latencies.size() + " of " + payloads.size() + " payloads in 10 minutes");
        }
        double seconds = Math.max(1, lastAt[0] - start) / 1000.0;
        return new Result(payloads.size() / seconds, latencies);
    }

    /** Producing to a partition before its leader is known makes the idempotent producer resend out of sequence. */
    private static void awaitLeaders(Admin admin, List<String> topics) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            boolean ready = admin.describeTopics(topics).allTopicNames().get(60, TimeUnit.SECONDS).values().stream()
                    .allMatch(topic -> topic.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
            if (ready) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the baseline topics got no leaders within 60 s: " + topics);
    }

    private static Thread start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void relay(KafkaConnection kafka, String run, String from, String to, int maxMessageBytes,
                              AtomicBoolean running, CountDownLatch assigned) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(kafka, run + "-" + from, maxMessageBytes);
             KafkaProducer<byte[], byte[]> producer = producer(kafka, maxMessageBytes)) {
            consumer.subscribe(List.of(from));
            awaitAssignment(consumer, assigned);
            while (running.get()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    // keep the original timestamp so the sink measures the whole chain
                    producer.send(new ProducerRecord<>(to, null, record.timestamp(), record.key(), record.value()));
                }
            }
        }
    }

    private static void awaitAssignment(KafkaConsumer<byte[], byte[]> consumer, CountDownLatch assigned) {
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(100));
        }
        assigned.countDown();
    }

    private static KafkaConsumer<byte[], byte[]> consumer(KafkaConnection kafka, String group, int maxMessageBytes) {
        return kafka.consumer(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, maxMessageBytes,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, maxMessageBytes));
    }

    private static KafkaProducer<byte[], byte[]> producer(KafkaConnection kafka, int maxMessageBytes) {
        // acknowledged by the broker and lz4, as the services' producers; not idempotent: a burst of large
        // records into topics created a moment ago trips the idempotent producer's sequence tracking on this
        // broker (OutOfOrderSequenceException, retried until the delivery timeout), which is no part of transport
        return kafka.producer(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxMessageBytes));
    }
}
