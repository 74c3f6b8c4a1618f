package org.govex.adapters.kafka;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka (KRaft, broker + controller) from the kafka_2.13 artifacts on the test
 * classpath, in a child JVM: formatted, started, and ready when its listener accepts connections.
 */
public final class KraftBroker implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final Process process;

    private KraftBroker(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    public static KraftBroker start() throws Exception {
        Path dir = Files.createTempDirectory("govex-kafka");
        int port = freePort();
        int controllerPort = freePort();
        Path props = dir.resolve("server.properties");
        Files.writeString(dir.resolve("log4j2.properties"), String.join("\n",
                "rootLogger.level=WARN", "rootLogger.appenderRef.out.ref=out",
                "appender.out.type=Console", "appender.out.name=out",
                "appender.out.layout.type=PatternLayout", "appender.out.layout.pattern=%d %p %c - %m%n", ""));
        Files.writeString(props, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dir.resolve("logs"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                ""));
        String uuid = UUID.randomUUID().toString();
        String clusterId = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(java.nio.ByteBuffer.allocate(16)
                        .putLong(UUID.fromString(uuid).getMostSignificantBits())
                        .putLong(UUID.fromString(uuid).getLeastSignificantBits()).array());
        // a base64 id may start with '-', which the tool would read as an option: pass it as --cluster-id=<id>
        Process format = java(dir, "kafka.tools.StorageTool", "format", "--cluster-id=" + clusterId, "-c", props.toString())
                .redirectOutput(dir.resolve("format.log").toFile()).start();
        if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("kafka storage format failed: " + Files.readString(dir.resolve("format.log")));
        }
        Process server = java(dir, "kafka.Kafka", props.toString())
                .redirectOutput(dir.resolve("server.log").toFile()).start();
        KraftBroker broker = new KraftBroker(dir, port, server);
        long deadline = System.currentTimeMillis() + 120_000;
        java.util.Properties admin = new java.util.Properties();
        admin.put("bootstrap.servers", broker.bootstrapServers());
        admin.put("request.timeout.ms", "3000");
        admin.put("default.api.timeout.ms", "5000");
        try (org.apache.kafka.clients.admin.Admin client = org.apache.kafka.clients.admin.Admin.create(admin)) {
            while (System.currentTimeMillis() < deadline) {
                if (!server.isAlive()) {
                    throw new IllegalStateException("kafka exited: " + Files.readString(dir.resolve("server.log")));
                }
                try {
                    if (!client.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return broker;
                    }
                } catch (Exception notYet) {
                    Thread.sleep(200);
                }
            }
        }
        broker.close();
        throw new IllegalStateException("kafka not started in time");
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Reads a topic from the start with a fresh consumer group until {@code expected} records (or 30 s). */
    public java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> consume(String topic, int expected) {
        java.util.Properties p = new java.util.Properties();
        p.put("bootstrap.servers", bootstrapServers());
        p.put("group.id", "verify-" + System.nanoTime());
        p.put("auto.offset.reset", "earliest");
        java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> out = new java.util.ArrayList<>();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(p,
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (out.size() < expected && System.currentTimeMillis() < deadline) {
                consumer.poll(java.time.Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }

    /** A record header as text. */
    public static String header(org.apache.kafka.clients.consumer.ConsumerRecord<?, ?> r, String name) {
        return new String(r.headers().lastHeader(name).value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean isAlive() {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private static ProcessBuilder java(Path dir, String main, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"), "-cp", System.getProperty("java.class.path"), main));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
