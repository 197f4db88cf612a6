/**
 * Open data (docs/open-data.md): what a published period shows without sign-in — its summary and
 * every indicator's target, actual, status and public commentary, one row per indicator — and the
 * columns of the files it is published as. Nothing here reads a period before it is published.
 */
package org.councilperformance.application.opendata;
