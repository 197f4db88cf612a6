/** The standard measure libraries over the API: the sets, their measures, changes and import. */
package org.councilperformance.interfaces.rest.library;
