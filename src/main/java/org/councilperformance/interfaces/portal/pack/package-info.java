/**
 * The pack's words in the portal (docs/portal.md#the-front-sheet-and-narrative): the performance
 * team's pages for a period's committee front sheet and its officers' narrative.
 */
package org.councilperformance.interfaces.portal.pack;
