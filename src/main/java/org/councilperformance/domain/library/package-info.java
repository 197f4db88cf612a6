/**
 * Standard measure libraries: national sets of measures (the Tenant Satisfaction Measures, the
 * Local Outcomes Framework) as versioned data, what changed between two versions, and which of a
 * council's indicators came from which measure (docs/libraries.md).
 */
package org.councilperformance.domain.library;
