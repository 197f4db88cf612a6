package org.councilperformance.domain.finance;

/** The unit a finance table is printed in: pounds, or thousands of pounds (£000). */
public enum AmountsIn {
  POUNDS,
  THOUSANDS
}
