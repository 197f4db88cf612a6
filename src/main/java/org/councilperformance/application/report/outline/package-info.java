/**
 * The pack as plain structure — headings, paragraphs, tables with typed columns, charts with their
 * words and figures — built from each section's rows in one place, one class per section, and
 * printed by the HTML twin, the Word document and the workbook alike (docs/reports.md#formats).
 */
package org.councilperformance.application.report.outline;
