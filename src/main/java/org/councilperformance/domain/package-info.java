/**
 * The domain layer: the council's concepts and every rule the product computes — plans and
 * priorities, the organisation, reporting periods, indicators with their targets and measurements,
 * actions, intervention plans, the risk register, the finance, absence and contact-centre
 * appendices, data-quality findings, summary counts, trends, the pack's vocabulary, and people with
 * their roles. One sub-package per concept.
 *
 * <p>What belongs here: entities and value objects, the rules (status, counts, bands, forecasts,
 * checks) as plain code over exact decimals and dates, and the business exceptions that say what
 * was wrong with which field. Entities carry their Jakarta Persistence mapping and Envers auditing
 * annotations; nothing here runs a query, reads JSON or HTTP, reads the clock or configuration, or
 * knows who is signed in — a rule is given the date it judges at.
 *
 * <p>Imports: nothing of the project outside {@code domain}. Every other layer may use it.
 *
 * <p>The rules are described with worked numbers in {@code docs/rules.md}; the concepts in {@code
 * docs/design.md#domain}.
 */
package org.councilperformance.domain;
