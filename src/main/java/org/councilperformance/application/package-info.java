/**
 * The application layer: the use cases the interfaces call, one service per concept (indicators,
 * actions, periods and the workflow, risks, the appendices, accounts, the committee pack, …).
 *
 * <p>What belongs here: looking things up by the codes people use, uniqueness, the access policy
 * (who may do what, by role and business unit), whether a period is open for changes, assembling
 * what a list, summary or pack shows in a fixed number of queries. Services take domain values
 * ({@code PeriodCode}, {@code Code}, a resolved {@code Scope}), never request strings or field
 * names, and run inside the transaction their caller began (docs/design.md#transactions). The
 * caller of a request is known here as an application-level value ({@code Caller}), not as a
 * servlet or security object. What the application needs from outside — rendering a pack, reading
 * the audit history, sending mail — it declares as ports (interfaces) in this layer, for
 * infrastructure to implement.
 *
 * <p>Imports: {@code domain} only; never {@code infrastructure}, {@code interfaces} or {@code
 * sample}. Dependencies are injected through constructors.
 */
package org.councilperformance.application;
