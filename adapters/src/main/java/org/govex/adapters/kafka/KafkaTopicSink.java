package org.govex.adapters.kafka;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes batches of events to Kafka topics and returns only when the broker has acknowledged every
 * one (acks=all), so a caller that advances a cursor afterwards never skips an event.
 */
public final class KafkaTopicSink implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaSinkSettings settings;

    public KafkaTopicSink(KafkaSinkSettings settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, settings.clientId() == null ? "govex-hub" : settings.clientId());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(1 << 20));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(settings.sendTimeout().toMillis()));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(Math.min(settings.sendTimeout().toMillis() / 2, 30_000)));
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(settings.sendTimeout().toMillis()));
        p.putAll(settings.overrides());
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** The topic of a resource: prefix + the resource code, with characters Kafka refuses replaced. */
    public String topicFor(String resourceCode) {
        return settings.topicPrefix() + resourceCode.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** Sends the batch in order and waits for every acknowledgement; throws on the first failure. */
    public List<RecordMetadata> send(String topic, List<TopicRecord> records) throws KafkaSendException {
        List<Future<RecordMetadata>> pending = new ArrayList<>(records.size());
        for (TopicRecord r : records) {
            RecordHeaders headers = new RecordHeaders();
            headers.add("ce_specversion", bytes("1.0"));
            headers.add("ce_id", bytes(r.eventId()));
            headers.add("ce_source", bytes(r.source()));
            headers.add("ce_type", bytes(r.type()));
            headers.add("ce_time", bytes(r.time().toString()));
            headers.add("ce_subject", bytes(r.key()));
            headers.add("content-type", bytes("application/json"));
            pending.add(producer.send(new ProducerRecord<>(topic, null, r.key(), r.json(), headers)));
        }
        producer.flush();
        List<RecordMetadata> acks = new ArrayList<>(pending.size());
        long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
        for (Future<RecordMetadata> f : pending) {
            try {
                acks.add(f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (ExecutionException e) {
                throw new KafkaSendException("Kafka refused an event for " + topic + ": " + e.getCause().getMessage(), e.getCause());
            } catch (TimeoutException e) {
                throw new KafkaSendException("Kafka did not acknowledge " + topic + " within " + settings.sendTimeout(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaSendException("interrupted while sending to " + topic, e);
            }
        }
        return acks;
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(10));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The broker did not take the batch; nothing after the failed event may be assumed delivered. */
    public static final class KafkaSendException extends Exception {
        public KafkaSendException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
