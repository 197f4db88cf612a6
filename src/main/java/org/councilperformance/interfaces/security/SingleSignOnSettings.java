package org.councilperformance.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The council's OpenID Connect single sign-on (e.g. Microsoft Entra ID), as server-config declares
 * it. Off unless {@code oidc.enabled} is true; local accounts keep working either way.
 */
@ApplicationScoped
public class SingleSignOnSettings {
  private final boolean enabled;

  /** e.g. https://login.microsoftonline.com/{tenant id}/v2.0 — the ID tokens' exact issuer. */
  private final Optional<String> issuer;

  private final Optional<String> clientId;

  private final Optional<String> clientSecret;

  /** This server's public callback address, as registered with the identity provider. */
  private final Optional<String> redirectUri;

  /** The ID token claim that names the council's user account. */
  private final String usernameClaim;

  private final String scopes;

  /** Where the browser goes once signed in: a path below the context root, or an absolute URL. */
  private final String afterSignIn;

  @Inject
  public SingleSignOnSettings(
      @ConfigProperty(name = "oidc.enabled", defaultValue = "false") boolean enabled,
      @ConfigProperty(name = "oidc.issuer") Optional<String> issuer,
      @ConfigProperty(name = "oidc.client.id") Optional<String> clientId,
      @ConfigProperty(name = "oidc.client.secret") Optional<String> clientSecret,
      @ConfigProperty(name = "oidc.redirect.uri") Optional<String> redirectUri,
      @ConfigProperty(name = "oidc.username.claim", defaultValue = "preferred_username")
          String usernameClaim,
      @ConfigProperty(name = "oidc.scopes", defaultValue = "openid profile email") String scopes,
      @ConfigProperty(name = "oidc.after.sign.in", defaultValue = "/portal/") String afterSignIn) {
    this.enabled = enabled;
    this.issuer = issuer;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.redirectUri = redirectUri;
    this.usernameClaim = usernameClaim;
    this.scopes = scopes;
    this.afterSignIn = afterSignIn;
  }

  /** For CDI's client proxy only. */
  protected SingleSignOnSettings() {
    this(false, null, null, null, null, null, null, null);
  }

  public boolean enabled() {
    return enabled;
  }

  String issuer() {
    return required(issuer, "oidc.issuer").replaceAll("/+$", "");
  }

  String clientId() {
    return required(clientId, "oidc.client.id");
  }

  String clientSecret() {
    return required(clientSecret, "oidc.client.secret");
  }

  String redirectUri() {
    return required(redirectUri, "oidc.redirect.uri");
  }

  String usernameClaim() {
    return usernameClaim;
  }

  String scopes() {
    return scopes;
  }

  /**
   * Where the browser goes once signed in, for an application at this context path ("" at the
   * root): a path such as "/portal/" is below the context root; an absolute URL is taken as it is.
   */
  public String afterSignIn(String contextPath) {
    return afterSignIn.startsWith("/") && !afterSignIn.startsWith("//")
        ? contextPath + afterSignIn
        : afterSignIn;
  }

  /** A half-configured sign-on is a deployment mistake: say which setting is missing. */
  private static String required(Optional<String> value, String name) {
    return value
        .filter(v -> !v.isBlank())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    name + " must be set when oidc.enabled is true (see README, Single sign-on)"));
  }
}
