package org.councilperformance.interfaces.portal.reading;

import java.time.Duration;
import java.time.Instant;
import org.councilperformance.application.report.PrintedPack;

/**
 * A large pack printed in the background (docs/portal.md#the-committee-pack): queued, running, then
 * done with its document, or failed with the incident message a request would have shown. Read by
 * the progress page's requests while the job's thread writes it, hence volatile.
 */
public final class PackJob {
  /** Where a job is. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  private final String id;
  private final PackRequest request;
  private final Instant requested;
  private volatile State state = State.QUEUED;
  private volatile Instant finished;
  private volatile PrintedPack printed;
  private volatile String failure;

  PackJob(String id, PackRequest request, Instant requested) {
    this.id = id;
    this.request = request;
    this.requested = requested;
  }

  public String id() {
    return id;
  }

  public PackRequest request() {
    return request;
  }

  public State state() {
    return state;
  }

  public boolean finished() {
    return state == State.DONE || state == State.FAILED;
  }

  /** The document once done, else null. */
  public PrintedPack printed() {
    return printed;
  }

  /** What went wrong once failed, else null. */
  public String failure() {
    return failure;
  }

  /** Time since it was asked for, until it finished: what the progress page shows. */
  public Duration elapsed(Instant now) {
    return Duration.between(requested, finished == null ? now : finished);
  }

  /** When it finished; null before. */
  Instant finishedAt() {
    return finished;
  }

  void running() {
    state = State.RUNNING;
  }

  void done(PrintedPack document, Instant at) {
    printed = document;
    finished = at;
    state = State.DONE;
  }

  void failed(String message, Instant at) {
    failure = message;
    finished = at;
    state = State.FAILED;
  }
}
