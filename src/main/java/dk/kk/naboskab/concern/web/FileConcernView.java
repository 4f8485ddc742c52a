package dk.kk.naboskab.concern.web;

import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.concern.application.ConcernChoices;
import dk.kk.naboskab.concern.application.ConcernChoices.Choice;
import dk.kk.naboskab.concern.application.ConcernService;
import dk.kk.naboskab.concern.application.FileConcern;
import dk.kk.naboskab.concern.domain.AttachmentType;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import dk.kk.naboskab.shared.web.LanguageView;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * Housing staff's form to file a concern. Files are uploaded as soon as they are chosen and kept
 * with the form, so a refused submit loses neither the text nor the files.
 */
@Named
@ViewScoped
public class FileConcernView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "file";

  @Inject ConcernService concerns;
  @Inject ConcernChoices choices;
  @Inject PendingUploads pending;

  /** The most tenants the search offers at once; past it the officer is asked to type more. */
  static final int TENANTS_SHOWN = 20;

  private List<Choice> categories;
  private Choice tenant;
  private Long tenantParam;
  private Long categoryId;
  private Urgency urgency = Urgency.NORMAL;
  private String description;
  private LocalDateTime happenedAt;
  private String location;
  private final ArrayList<PendingFile> files = new ArrayList<>();

  @PostConstruct
  void load() {
    categories = choices.categories(LanguageView.current());
  }

  /**
   * Opened from a tenant (their row or page): the form starts with them chosen. A tenant the
   * officer may not file about is simply not chosen.
   */
  public void preselect() {
    if (tenantParam != null && tenant == null) {
      tenant = choices.tenantToFileFor(tenantParam).orElse(null);
    }
  }

  /**
   * The officer's tenants matching what they typed, searched in the database: one more than is
   * shown, so the list can say there are more.
   */
  public List<Choice> completeTenant(String text) {
    return choices.tenantsToFileFor(text, TENANTS_SHOWN + 1);
  }

  /** Keeps a chosen file with the form, or says at once why it cannot be attached. */
  public void upload(FileUploadEvent event) throws java.io.IOException {
    var file = event.getFile();
    try {
      if (files.size() >= ConcernService.MAX_FILES) {
        throw new RuleViolation("attachments", "attachment.tooMany", ConcernService.MAX_FILES);
      }
      // Streamed to disk, checked and cleaned at once: the form keeps no bytes, the image no EXIF,
      // and a picture that cannot be read is refused while the officer is still choosing.
      var name = file.getFileName();
      PendingFile kept;
      try (var content = file.getInputStream()) {
        kept =
            PendingFile.store(
                name, content, bytes -> AttachmentType.check(name, bytes).clean(name, bytes));
      }
      if (!pending.take(kept.size())) {
        kept.delete();
        throw new RuleViolation("attachments", "attachment.sessionFull");
      }
      files.add(kept);
    } catch (RuleViolation e) {
      Forms.fieldError(FORM, "attachments", e.messageKey(), e.arguments());
    }
  }

  public void remove(int index) {
    var removed = files.remove(index);
    removed.delete();
    pending.release(removed.size());
  }

  /** The page was left or its view evicted: the files it held no longer count. */
  @PreDestroy
  void releaseFiles() {
    for (var file : files) {
      file.delete();
      if (pending != null) {
        pending.release(file.size());
      }
    }
  }

  public String save() {
    var command =
        new FileConcern(
            tenant == null ? null : tenant.id(),
            categoryId,
            urgency,
            description,
            happenedAt,
            location);
    if (!Forms.validate(command, FORM)) {
      return null;
    }
    try {
      var publicId = concerns.file(command, files.stream().map(PendingFile::toUpload).toList());
      releaseFiles();
      files.clear();
      Forms.confirm("concern.filed");
      return "/concern/concern.xhtml?faces-redirect=true&id=" + publicId;
    } catch (RuleViolation e) {
      Forms.error(FORM, e.field(), e.messageKey(), e.arguments());
      return null;
    }
  }

  public List<Choice> getCategories() {
    return categories;
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }

  public List<PendingFile> getFiles() {
    return files;
  }

  public Choice getTenant() {
    return tenant;
  }

  public void setTenant(Choice tenant) {
    this.tenant = tenant;
  }

  public int getTenantsShown() {
    return TENANTS_SHOWN;
  }

  public Long getTenantParam() {
    return tenantParam;
  }

  public void setTenantParam(Long tenantParam) {
    this.tenantParam = tenantParam;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public void setUrgency(Urgency urgency) {
    this.urgency = urgency;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDateTime getHappenedAt() {
    return happenedAt;
  }

  public void setHappenedAt(LocalDateTime happenedAt) {
    this.happenedAt = happenedAt;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }
}
