package dev.versus.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Appends lines to the active segment and group-commits them to disk.
 *
 * <p>Each append is one {@code write(2)} under a lock, so lines never interleave and a line is in
 * the operating system's hands when {@link #append} returns. A flusher thread {@code fsync}s the
 * active segment: in {@link SpoolDurability#WRITE} mode at most every {@code syncInterval} while
 * there are unsynced writes; in {@link SpoolDurability#FSYNC} mode as soon as an append waits, and
 * every append written while one {@code fsync} ran is covered by the next (group commit). A full
 * segment is fsync'd and closed before the next one opens.
 */
final class SpoolWriter implements AutoCloseable {
  private final SpoolSegments segments;
  private final SpoolConfig config;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition dirty = lock.newCondition();
  private final Condition synced = lock.newCondition();
  private final Condition closing = lock.newCondition();
  private final Thread flusher;

  private FileChannel channel;
  private long segment;
  private long offset;
  private long writtenSeq;
  private long syncedSeq;
  private boolean closed;
  private volatile SpoolPosition end;

  SpoolWriter(SpoolSegments segments, SpoolConfig config, long firstSegment) {
    this.segments = segments;
    this.config = config;
    this.segment = firstSegment;
    this.channel = open(firstSegment);
    this.end = new SpoolPosition(firstSegment, 0);
    this.flusher = Thread.ofVirtual().name("versus-log-spool-flusher").start(this::flushLoop);
  }

  /** The end of the last complete line written: readers stop there. */
  SpoolPosition end() {
    return end;
  }

  /** Where a line went: the end before it (in the old segment when it rolled) and after it. */
  record Written(SpoolPosition from, SpoolPosition next) {}

  /**
   * Writes one line (ending in {@code '\n'}) and, in FSYNC mode, waits for its fsync.
   *
   * @return the end before and after the line
   * @throws UncheckedIOException if the disk refuses the write
   * @throws IllegalStateException after {@link #close}
   */
  Written append(byte[] line) {
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("the log spool is closed");
      }
      SpoolPosition from = end;
      if (offset > 0 && offset + line.length > config.segmentBytes()) {
        roll();
      }
      write(line);
      long seq = ++writtenSeq;
      end = new SpoolPosition(segment, offset);
      dirty.signal();
      if (config.durability() == SpoolDurability.FSYNC) {
        awaitSync(seq);
      }
      return new Written(from, end);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the log spool " + segments.file(segment), e);
    } finally {
      lock.unlock();
    }
  }

  /** Waits (holding the lock) until line {@code seq} is synced or the spool closes. */
  private void awaitSync(long seq) {
    try {
      while (syncedSeq < seq && !closed) {
        synced.await();
      }
    } catch (InterruptedException e) {
      // The line is written (it survives a process crash); only the wait for fsync is cut short.
      Thread.currentThread().interrupt();
    }
  }

  /** Writes the whole line, or on failure (disk full) cuts off the part written. */
  private void write(byte[] line) throws IOException {
    long start = offset;
    ByteBuffer buf = ByteBuffer.wrap(line);
    try {
      while (buf.hasRemaining()) {
        offset += channel.write(buf);
      }
    } catch (IOException e) {
      try {
        channel.truncate(start);
        offset = start;
      } catch (IOException ignored) {
        // the reader skips the fragment as a damaged line
      }
      throw e;
    }
  }

  private void roll() throws IOException {
    channel.force(false);
    channel.close();
    syncedSeq = writtenSeq;
    synced.signalAll();
    segment++;
    offset = 0;
    channel = open(segment);
    forceFolder();
  }

  private void flushLoop() {
    while (true) {
      FileChannel target;
      long seq;
      lock.lock();
      try {
        while (!closed && writtenSeq == syncedSeq) {
          dirty.await();
        }
        if (closed) {
          return;
        }
        if (config.durability() == SpoolDurability.WRITE) {
          // Let writes gather for one interval so one fsync covers them all.
          long remaining = config.syncInterval().toNanos();
          while (remaining > 0 && !closed) {
            remaining = closing.awaitNanos(remaining);
          }
          if (closed) {
            return;
          }
        }
        target = channel;
        seq = writtenSeq;
      } catch (InterruptedException e) {
        return;
      } finally {
        lock.unlock();
      }
      try {
        target.force(false);
      } catch (ClosedChannelException e) {
        // a roll closed it, after forcing it itself
      } catch (IOException e) {
        System.getLogger(SpoolWriter.class.getName()).log(System.Logger.Level.ERROR,
            "log spool fsync failed: " + e.getMessage());
      }
      lock.lock();
      try {
        syncedSeq = Math.max(syncedSeq, seq);
        synced.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  private FileChannel open(long number) {
    Path file = segments.file(number);
    try {
      return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create log spool segment " + file, e);
    }
  }

  private void forceFolder() {
    try (FileChannel dir = FileChannel.open(segments.folder(), StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // not every platform can fsync a folder; the segment itself is fsync'd
    }
  }

  /** Stops the flusher, fsyncs and closes the active segment. Idempotent. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      dirty.signalAll();
      closing.signalAll();
      synced.signalAll();
    } finally {
      lock.unlock();
    }
    // an interrupted closing thread (Ctrl-C, a test stopping the gateway) must still sync and
    // close the segment: a FileChannel used on an interrupted thread closes itself instead
    boolean interrupted = Thread.interrupted();
    try {
      while (true) {
        try {
          flusher.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      lock.lock();
      try {
        channel.force(false);
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close log spool segment " + segments.file(segment),
            e);
      } finally {
        lock.unlock();
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
