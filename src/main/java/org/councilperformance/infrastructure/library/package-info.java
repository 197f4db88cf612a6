/**
 * Reads the standard measure libraries' data files: those the WAR ships under {@code libraries/}
 * and any in the folder {@code LIBRARIES_DIR} names (docs/libraries.md#data-files).
 */
package org.councilperformance.infrastructure.library;
