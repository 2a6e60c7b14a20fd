package vn.gov.plans.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;

/** Assertions on a call that must wait for background work ({@link BackgroundWork}). */
public final class WaitAssertions {

  private WaitAssertions() {}

  /**
   * Runs {@code waiter} on a thread of its own: it must still be waiting after 300 ms, and must
   * return within 10 s once {@code release} lets the background work finish.
   */
  public static void assertWaitsUntilReleased(Runnable waiter, CountDownLatch release, String description)
      throws InterruptedException {
    Thread thread = new Thread(waiter);
    thread.start();
    thread.join(300);
    assertThat(thread.isAlive()).as(description).isTrue();
    release.countDown();
    thread.join(10_000);
    assertThat(thread.isAlive()).as("returns once the work is done").isFalse();
  }
}
