/**
 * The API's OpenAPI document: the filter that completes what Liberty scans from the resources with
 * a schema for every body, read from its record and from {@code domain.Limits} and {@code
 * domain.Code}, and the problem+json answers of every operation (docs/api.md#openapi). A new
 * resource is added to {@code ApiDocument.RESOURCES}; {@code ApiDocumentTest} says so if not.
 */
package org.councilperformance.interfaces.rest.openapi;
