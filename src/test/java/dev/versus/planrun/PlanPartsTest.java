package dev.versus.planrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PlanPartsTest {

  @Test
  void atOnce_twoParts_runAtTheSameTime() throws Exception {
    CountDownLatch both = new CountDownLatch(2);
    List<Boolean> met = new CopyOnWriteArrayList<>();
    PlanParts.Part part = () -> {
      both.countDown();
      met.add(both.await(5, TimeUnit.SECONDS));
    };

    PlanParts.atOnce(part, part);

    assertThat(met).containsExactly(true, true);
  }

  @Test
  void atOnce_backgroundFails_throwsItsFailureAfterTheForeground() {
    AtomicBoolean foregroundRan = new AtomicBoolean();

    assertThatThrownBy(() -> PlanParts.atOnce(
        () -> {
          throw new IllegalStateException("suite failed");
        },
        () -> foregroundRan.set(true)))
        .isInstanceOf(IllegalStateException.class).hasMessage("suite failed");
    assertThat(foregroundRan).isTrue();
  }

  @Test
  void atOnce_foregroundFails_interruptsTheBackground() {
    AtomicBoolean interrupted = new AtomicBoolean();
    CountDownLatch started = new CountDownLatch(1);

    // the foreground fails only once the background runs: a background cancelled before it
    // started is never run at all, which is right but is not what this test checks
    assertThatThrownBy(() -> PlanParts.atOnce(
        () -> {
          started.countDown();
          try {
            Thread.sleep(10_000);
          } catch (InterruptedException e) {
            interrupted.set(true);
          }
        },
        () -> {
          started.await();
          throw new IllegalStateException("load failed");
        }))
        .hasMessage("load failed");
    assertThat(interrupted).isTrue();
  }

  @Test
  void inOrder_twoParts_runOneAfterTheOther() throws Exception {
    List<String> order = new CopyOnWriteArrayList<>();

    PlanParts.inOrder(() -> order.add("quality"), () -> order.add("performance"));

    assertThat(order).containsExactly("quality", "performance");
  }
}
