/**
 * The browser side: today the security headers every response carries; next, the web portal (jte
 * templates with GOV.UK Frontend), with its pages calling the same application services as the API.
 *
 * <p>Imports: {@code application} and {@code domain}, never {@code infrastructure}. The portal's
 * known traps on Liberty are in {@code docs/stack.md#for-the-planned-web-portal}.
 */
package org.councilperformance.interfaces.web;
