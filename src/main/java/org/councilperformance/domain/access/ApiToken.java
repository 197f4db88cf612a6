package org.councilperformance.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.councilperformance.domain.Versioned;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A personal API token for systems that push figures: it carries its owner's rights, is shown once
 * when created, and only its SHA-256 is stored. A token has 256 random bits, so a fast hash is as
 * safe for it as a slow one is for a password.
 */
@Entity
@Table(name = "api_token")
@Audited
public class ApiToken implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false)
  private UserAccount owner;

  @Column(nullable = false, length = 100)
  private String name;

  @NotAudited
  @Column(name = "token_hash", nullable = false, length = 64, unique = true)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  private ApiToken(UserAccount owner, String name, String secret, Instant now) {
    this.owner = Objects.requireNonNull(owner);
    this.name = Objects.requireNonNull(name).trim();
    this.tokenHash = hash(secret);
    this.createdAt = now;
  }

  /** A new token and its secret, which is never stored and cannot be shown again. */
  public record Issued(ApiToken token, String secret) {}

  public static Issued issue(UserAccount owner, String name, Instant now) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = "cpt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    return new Issued(new ApiToken(owner, name, secret, now), secret);
  }

  public static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  public Long id() {
    return id;
  }

  public UserAccount owner() {
    return owner;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  @Override
  public long version() {
    return version;
  }
}
