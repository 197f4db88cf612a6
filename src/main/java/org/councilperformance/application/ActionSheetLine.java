package org.councilperformance.application;

import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.action.ActionUpdate;
import org.councilperformance.domain.period.PeriodCode;

/**
 * One action's row of a quarter's actions template, with what is stored for the period.
 *
 * @param lastProgress the progress of the latest update before the period, or null
 * @param update the period's update, or null when nothing is entered
 */
public record ActionSheetLine(
    Action action, PeriodCode period, Integer lastProgress, ActionUpdate update) {}
