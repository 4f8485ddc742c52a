package dk.kk.naboskab.concern.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file that came with an event of a concern. Who may fetch it is the event's visibility: an
 * attachment to an internal note never reaches the association.
 */
@Entity
@Table(name = "concern_attachment")
@NamedQuery(
    name = ConcernAttachment.BY_PUBLIC_ID,
    query = "select a from ConcernAttachment a where a.publicId = :publicId")
public class ConcernAttachment {
  public static final String BY_PUBLIC_ID = "ConcernAttachment.byPublicId";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "public_id", nullable = false, updatable = false, length = 36)
  private String publicId;

  @Column(name = "concern_id", nullable = false, updatable = false)
  private long concernId;

  @Column(name = "event_id", nullable = false, updatable = false)
  private long eventId;

  @Column(name = "file_name", nullable = false, updatable = false, length = 200)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false, length = 60)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private int sizeBytes;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected ConcernAttachment() {}

  public ConcernAttachment(
      String publicId,
      long concernId,
      long eventId,
      String fileName,
      AttachmentType type,
      byte[] content,
      String sha256,
      Instant uploadedAt) {
    this.publicId = publicId;
    this.concernId = concernId;
    this.eventId = eventId;
    this.fileName =
        fileName.length() > 200 ? fileName.substring(fileName.length() - 200) : fileName;
    this.contentType = type.contentType();
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.content = content;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public String getPublicId() {
    return publicId;
  }

  public long getConcernId() {
    return concernId;
  }

  public long getEventId() {
    return eventId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public int getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public byte[] getContent() {
    return content;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
