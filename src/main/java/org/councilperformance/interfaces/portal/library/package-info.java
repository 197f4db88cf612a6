/** The portal's standard measure libraries page: the sets, and adding one to the plan. */
package org.councilperformance.interfaces.portal.library;
