package dev.versus.core;

/**
 * A monotonic clock in nanoseconds, injected wherever time is read so that tests can use a fixed
 * or manual clock ({@link ManualNanoClock}) instead of {@link System#nanoTime()}.
 */
@FunctionalInterface
public interface NanoClock {

  /** The current time in nanoseconds from an arbitrary origin; only differences are meaningful. */
  long nanoTime();

  /** The system's monotonic clock. */
  static NanoClock system() {
    return System::nanoTime;
  }
}
