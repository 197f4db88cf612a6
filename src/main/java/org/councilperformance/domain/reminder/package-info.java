/**
 * Data-entry deadlines and the reminders around them (docs/rules.md#deadlines-and-reminders): the
 * working-day deadline rule and its per-period override, the admins' reminder schedule, what a
 * person still has to enter, and each reminder as the message the outbox sends.
 */
package org.councilperformance.domain.reminder;
