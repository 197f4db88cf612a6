package org.councilperformance.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.SameValues;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A person who signs in. Editors and approvers are scoped to business units. Repeated failed
 * sign-ins lock the account for a while, so passwords cannot be guessed at speed.
 */
@Entity
@Table(name = "user_account")
@Audited
public class UserAccount implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  /** Failed sign-ins in a row that lock an account. */
  public static final int MAX_FAILED_SIGN_INS = 5;

  /** How long a locked account stays locked. */
  public static final Duration LOCK_PERIOD = Duration.ofMinutes(15);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @NotAudited
  @Column(name = "password_hash", length = 200)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Role role;

  @ManyToMany
  @JoinTable(
      name = "user_account_business_unit",
      joinColumns = @JoinColumn(name = "user_id"),
      inverseJoinColumns = @JoinColumn(name = "business_unit_id"))
  private Set<BusinessUnit> businessUnits = new LinkedHashSet<>();

  /** Where the product's reminders reach the person (docs/rules.md#who-is-reminded); or null. */
  @Column(length = 254)
  private String email;

  @NotAudited
  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @NotAudited
  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected UserAccount() {}

  public UserAccount(String username, String displayName, Role role) {
    this.username = Objects.requireNonNull(username).trim();
    this.displayName = Objects.requireNonNull(displayName).trim();
    this.role = Objects.requireNonNull(role);
  }

  public void rename(String displayName) {
    this.displayName = Objects.requireNonNull(displayName).trim();
  }

  public void setPassword(char[] password) {
    this.passwordHash = PasswordHash.of(password);
  }

  public void assign(Role role, Collection<BusinessUnit> units) {
    this.role = Objects.requireNonNull(role);
    if (SameValues.same(this.businessUnits, new LinkedHashSet<>(units))) {
      return; // replacing the collection would bump the version for nothing
    }
    this.businessUnits.clear();
    this.businessUnits.addAll(units);
  }

  /** Sets or clears (null or blank) the address reminders go to. */
  public void reachAt(String email) {
    if (email == null || email.isBlank()) {
      this.email = null;
      return;
    }
    String address = email.strip();
    if (address.length() > 254 || !address.matches("[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;]+")) {
      throw new InvalidValueException(
          "email", "email must be one address such as name@council.gov.uk");
    }
    this.email = address;
  }

  public String email() {
    return email;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Checks a password at a sign-in. A locked account refuses even the right password until the lock
   * ends; the fifth wrong password in a row locks it.
   */
  public boolean signIn(char[] password, Instant now) {
    return attempt(password, now, PasswordHash::matches) == SignIn.Outcome.SIGNED_IN;
  }

  /**
   * A sign-in's check of the password. The hash work comes before the lock is looked at, and an
   * account without a password is checked against a stand-in hash, so every attempt costs the same.
   */
  SignIn.Outcome attempt(char[] password, Instant now, PasswordVerifier verifier) {
    boolean matches =
        verifier.matches(password, passwordHash == null ? PasswordHash.NO_ACCOUNT : passwordHash)
            && passwordHash != null;
    if (isLocked(now)) {
      return SignIn.Outcome.LOCKED;
    }
    if (matches) {
      failedSignIns = 0;
      lockedUntil = null;
      return SignIn.Outcome.SIGNED_IN;
    }
    failedSignIns++;
    if (failedSignIns >= MAX_FAILED_SIGN_INS) {
      failedSignIns = 0;
      lockedUntil = now.plus(LOCK_PERIOD);
      return SignIn.Outcome.LOCKED_NOW;
    }
    return SignIn.Outcome.WRONG_PASSWORD;
  }

  /** Whether this person may change figures of the given business unit. */
  public boolean actsFor(BusinessUnit unit) {
    return role == Role.ADMIN
        || (unit != null && businessUnits.stream().anyMatch(b -> b.id().equals(unit.id())));
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Role role() {
    return role;
  }

  public Set<BusinessUnit> businessUnits() {
    return Collections.unmodifiableSet(businessUnits);
  }

  @Override
  public long version() {
    return version;
  }
}
