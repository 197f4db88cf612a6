/**
 * Work the server starts itself, on a clock (docs/design.md#scheduling): the persistent timer that
 * records due distribution runs, once per cluster, and each server's outbox worker that issues due
 * packs and sends the outbox. Each unit of work is an entry point and begins its own short
 * transaction here ({@link org.councilperformance.interfaces.scheduling.DistributionWork}); mail is
 * sent between transactions, never inside one.
 *
 * <p>Imports: {@code application} and {@code domain}.
 */
package org.councilperformance.interfaces.scheduling;
