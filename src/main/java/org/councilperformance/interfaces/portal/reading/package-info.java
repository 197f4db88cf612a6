/**
 * The portal's reading side for councillors and leadership (docs/portal.md#reading): the council
 * overview, a priority's dashboard, an indicator's page with its chart, the exception report, the
 * data-quality findings and the risk register, each with its tables as CSV. Every figure and status
 * comes from the same application services as the API; nothing here judges a rule.
 */
package org.councilperformance.interfaces.portal.reading;
