package dev.versus.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The runs table. Thread-safe. */
public interface Runs {

  /**
   * Inserts a new run.
   *
   * @throws StoreException if a run with that id exists
   */
  void create(RunInfo run);

  /**
   * Inserts the run unless one with its id exists (every shard of a sharded bench calls this).
   *
   * @return whether this call inserted it
   */
  boolean createIfAbsent(RunInfo run);

  /**
   * Ends a run: sets its terminal status and finish time.
   *
   * @param status a terminal status ({@link RunStatus#terminal()})
   * @return false if there is no such run
   */
  boolean finish(String id, RunStatus status, Instant finishedAt);

  /**
   * Replaces a run's summary JSON (features write it when they finish, or as they go).
   *
   * @return false if there is no such run
   */
  boolean updateSummary(String id, String summaryJson);

  /** The run with this id, or empty. */
  Optional<RunInfo> find(String id);

  /** Runs matching {@code filter}, newest start first (ties by id, descending). */
  List<RunInfo> list(RunFilter filter);

  /**
   * Deletes a run with all its request records, eval results and histogram intervals.
   *
   * @return false if there was no such run
   */
  boolean delete(String id);
}
