/** The portal's people page: who can sign in, and the email address each is reminded at. */
package org.councilperformance.interfaces.portal.access;
