package vn.gov.plans.system;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Start-up work begun on a thread of its own as soon as what it needs exists, so that it runs while
 * the main thread goes on creating the application, and awaited by a {@link StartupStep} before the
 * web server accepts requests. A failure is thrown again by {@link #await()}, so it still stops the
 * start.
 */
public final class BackgroundWork {

  private final CompletableFuture<Void> future;

  private BackgroundWork(CompletableFuture<Void> future) {
    this.future = future;
  }

  /** Work that is already done (nothing to wait for). */
  public static BackgroundWork none() {
    return new BackgroundWork(CompletableFuture.completedFuture(null));
  }

  /** Starts {@code work} on a daemon thread named {@code name}. */
  public static BackgroundWork start(String name, Runnable work) {
    return new BackgroundWork(CompletableFuture.runAsync(work, task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      thread.start();
    }));
  }

  /** Waits until the work is done; throws what it threw. */
  public void await() {
    try {
      future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
