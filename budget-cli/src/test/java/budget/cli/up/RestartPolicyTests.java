package budget.cli.up;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When budget up starts again a process that exited unasked (the processes themselves: FaultToleranceIntegrationTests). */
class RestartPolicyTests {

    private static final Duration SHORT_LIFE = Duration.ofSeconds(3);

    @Test
    void delaysDoubleFromTheFirstUpToTheLongest() {
        RestartPolicy.Backoff backoff = RestartPolicy.DEFAULT.backoff();
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            delays.add(backoff.next(SHORT_LIFE).toSeconds());
        }
        assertThat(delays).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
        assertThat(backoff.consecutive()).isEqualTo(8);
    }

    @Test
    void aProcessThatStayedUpLongEnoughStartsTheCountAgain() {
        RestartPolicy.Backoff backoff = RestartPolicy.DEFAULT.backoff();
        backoff.next(SHORT_LIFE);
        backoff.next(SHORT_LIFE);
        assertThat(backoff.next(SHORT_LIFE)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.next(Duration.ofSeconds(59))).as("59 s is not stable yet").isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.next(Duration.ofSeconds(60))).as("up 60 s: stable, back to the first delay").isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.consecutive()).isEqualTo(1);
        assertThat(backoff.next(SHORT_LIFE)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void eachProcessHasItsOwnCount() {
        RestartPolicy policy = new RestartPolicy(Duration.ofMillis(250), Duration.ofSeconds(2), Duration.ofSeconds(10));
        RestartPolicy.Backoff broker = policy.backoff();
        RestartPolicy.Backoff parse = policy.backoff();
        broker.next(Duration.ZERO);
        broker.next(Duration.ZERO);
        broker.next(Duration.ZERO);
        assertThat(broker.next(Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
        assertThat(broker.next(Duration.ZERO)).as("bounded").isEqualTo(Duration.ofSeconds(2));
        assertThat(parse.next(Duration.ZERO)).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void aDelayFarDownTheCountDoesNotOverflow() {
        assertThat(RestartPolicy.DEFAULT.delay(10_000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void nonsensicalPoliciesAreRefused() {
        assertThatThrownBy(() -> new RestartPolicy(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("first restart delay");
        assertThatThrownBy(() -> new RestartPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("shorter than the first");
        assertThatThrownBy(() -> new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO))
                .hasMessageContaining("stable");
    }
}
