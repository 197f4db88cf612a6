/**
 * The infrastructure layer: how the application's ports are met with the chosen technologies.
 *
 * <p>What belongs here: running the Flyway migrations before Hibernate validates the schema, the
 * Envers revision entity and the listener that stamps each change with its author, filling and
 * exporting the committee pack with JasperReports (and the build-time template compiler), sending
 * mail through the server's mail session (or writing it as files for the demo), reading the audit
 * history, and handing the container's entity manager to constructors. Nothing here decides a
 * business rule or who may do what.
 *
 * <p>Imports: {@code application} (whose ports it implements) and {@code domain}; never {@code
 * interfaces} or {@code sample}. The traps these technologies hold are in {@code docs/stack.md}.
 */
package org.councilperformance.infrastructure;
