package org.councilperformance.sample;

/**
 * One appendix of the sample council's report (finance, absence, contact centre) that the demo
 * loads after the council itself. Each is a CDI bean found at start; each loads only into a sample
 * database that lacks it.
 */
public interface SampleAppendix {
  /** Whether this appendix is already in the database. */
  boolean isLoaded();

  /** Loads this appendix from the sample report, through the same services the API uses. */
  void load();
}
