/**
 * The JSON API under {@code /api}: one JAX-RS resource per concept in a sub-package, with its
 * request and response records beside it; the body reader that names the field at fault; the
 * mappers that answer every error as {@code application/problem+json}; the access filter.
 *
 * <p>A resource parses what it is given, calls one application service and shapes the answer; it
 * holds no rule. Each resource is {@code @Transactional}: its request is one transaction. Path and
 * query parameters arrive as domain values ({@code DomainValueConverters}). Imports: {@code
 * application} and {@code domain}, never {@code infrastructure}. Every endpoint is described in
 * {@code docs/api.md}; keep the two in step.
 */
package org.councilperformance.interfaces.rest;
