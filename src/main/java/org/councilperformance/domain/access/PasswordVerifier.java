package org.councilperformance.domain.access;

/** Checks a password against a stored hash; {@link PasswordHash#matches} in the product. */
@FunctionalInterface
public interface PasswordVerifier {
  boolean matches(char[] password, String storedHash);
}
