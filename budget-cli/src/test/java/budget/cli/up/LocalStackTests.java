package budget.cli.up;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shapes and the port layout of the local stack (the processes themselves: ScaleOutIntegrationTests). */
class LocalStackTests {

    private static final LocalStack.Ports DEFAULT = new LocalStack.Ports(9092, 9093, 27017, 8081, 8082, 8083, 8084);

    @Test
    void threeBrokersReplicateThriceAndNeedTwoInSync() {
        assertThat(LocalStack.Shape.SINGLE.replicationFactor()).isEqualTo(1);
        assertThat(LocalStack.Shape.SINGLE.minInsyncReplicas()).isEqualTo(1);
        assertThat(new LocalStack.Shape(2, 1).minInsyncReplicas()).as("two brokers: losing one must not stop writes").isEqualTo(1);
        assertThat(new LocalStack.Shape(3, 2).replicationFactor()).isEqualTo(3);
        assertThat(new LocalStack.Shape(3, 2).minInsyncReplicas()).isEqualTo(2);
        assertThat(new LocalStack.Shape(5, 1).replicationFactor()).isEqualTo(3);
    }

    @Test
    void noMoreInstancesThanPartitions() {
        assertThatThrownBy(() -> new LocalStack.Shape(1, 7)).hasMessageContaining("partitions");
        assertThatThrownBy(() -> new LocalStack.Shape(0, 1)).hasMessageContaining("brokers");
    }

    @Test
    void brokersAndInstancesFollowTheFirstPorts() {
        assertThat(DEFAULT.broker(1)).isEqualTo(9092);
        assertThat(DEFAULT.broker(3)).isEqualTo(9096);
        assertThat(DEFAULT.controller(3)).isEqualTo(9097);
        assertThat(DEFAULT.service("parse-service", 1)).isEqualTo(8082);
        assertThat(DEFAULT.service("parse-service", 2)).isEqualTo(8092);
        var stack = new LocalStack(Path.of("."), Path.of("target", "unused"), DEFAULT, "key", new LocalStack.Shape(3, 2));
        assertThat(stack.bootstrapServers()).isEqualTo("localhost:9092,localhost:9094,localhost:9096");
    }

    @Test
    void portsThatCollideAreRefusedBeforeAnythingStarts() {
        // instance 2 of parse-service would land on the second broker's port
        var ports = new LocalStack.Ports(29092, 29093, 29017, 29071, 29084, 29073, 29074);
        var stack = new LocalStack(Path.of("."), Path.of("target", "unused"), ports, "key", new LocalStack.Shape(3, 2));
        assertThatThrownBy(stack::startInfrastructure).hasMessageContaining("share a port");
        assertThat(stack.instances()).isEmpty();
    }
}
