package org.councilperformance.domain.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** The bytes of a {@link PackEdition}, exactly as sent; stored apart so lists do not read them. */
@Entity
@Table(name = "pack_document")
@Immutable
public class PackDocument {
  @Id
  @Column(name = "edition_id")
  private Long editionId;

  @Lob
  @Column(nullable = false, columnDefinition = "longblob")
  private byte[] content;

  protected PackDocument() {}

  public PackDocument(PackEdition edition, byte[] content) {
    this.editionId = Objects.requireNonNull(edition.id(), "persist the edition first");
    if (!PackEdition.sha256(content).equals(edition.sha256())) {
      throw new IllegalArgumentException("the document is not the one the edition describes");
    }
    this.content = content.clone();
  }

  public byte[] content() {
    return content.clone();
  }
}
