/**
 * The interfaces layer: the edges through which people and systems reach the product — the JSON API
 * ({@code rest}), the browser side ({@code web}, where the portal will live) and the health checks
 * ({@code health}), the sign-in mechanism with single sign-on ({@code security}), the start-up
 * tasks ({@code startup}) and the work the server starts on a clock ({@code scheduling}: the
 * distribution timer and outbox worker).
 *
 * <p>What belongs here: turning requests into calls of application services and their answers into
 * responses; reading and checking request bodies and parameters (period codes and codes are parsed
 * at the edge); authentication (session or API token) and the CSRF check; problem+json error
 * mapping; browser-hardening headers. No business rule and no query; this is where transactions
 * begin: one per request (or per start-up task, or per step of scheduled work), so a request
 * changes everything it asks for or nothing (docs/design.md#transactions).
 *
 * <p>Imports: {@code application} and {@code domain}; never {@code infrastructure} or {@code
 * sample}. The endpoints are listed in {@code docs/api.md}.
 */
package org.councilperformance.interfaces;
