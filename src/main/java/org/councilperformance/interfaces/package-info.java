/**
 * The interfaces layer: the edges through which people and systems reach the product — the JSON API
 * ({@code rest}), the browser side ({@code web}, where the portal will live) and the health checks
 * ({@code health}).
 *
 * <p>What belongs here: turning requests into calls of application services and their answers into
 * responses; reading and checking request bodies and parameters (period codes and codes are parsed
 * at the edge); authentication (session or API token) and the CSRF check; problem+json error
 * mapping; browser-hardening headers. No business rule, no query, no transaction begins here.
 *
 * <p>Imports: {@code application} and {@code domain}; never {@code infrastructure} or {@code
 * sample}. The endpoints are listed in {@code docs/api.md}.
 */
package org.councilperformance.interfaces;
