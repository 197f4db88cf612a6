/**
 * Loading a quarter from a sheet (docs/api.md#imports): the CSV template written with the period's
 * figures, an upload read cell by cell into domain values (encoding, size, CSV injection), its
 * preview and its all-or-nothing apply through {@code application.QuarterImportService}.
 */
package org.councilperformance.interfaces.rest.imports;
