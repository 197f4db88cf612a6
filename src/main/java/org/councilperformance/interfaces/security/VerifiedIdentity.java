package org.councilperformance.interfaces.security;

import jakarta.security.enterprise.credential.Credential;

/** A username the council's identity provider has vouched for in a checked, signed ID token. */
public record VerifiedIdentity(String username) implements Credential {}
