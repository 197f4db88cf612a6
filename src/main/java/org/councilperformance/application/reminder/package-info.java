/**
 * Data-entry deadlines and reminders (docs/design.md#reminders): the admins' schedule and each
 * period's deadline, what each business unit still has to enter, the reminders the timer records
 * and the admins' digest with its "remind again". The outbox of application/distribution sends
 * them.
 */
package org.councilperformance.application.reminder;
