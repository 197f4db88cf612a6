/**
 * Open data (docs/open-data.md): the public page of each published period, the index of them, and
 * their CSV and JSON files, answered without sign-in. Its own JAX-RS application under /open-data,
 * so neither the API's access filter nor the portal's sign-in applies, and none of this
 * application's classes answer there.
 */
package org.councilperformance.interfaces.opendata;
