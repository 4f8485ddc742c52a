package dk.kk.naboskab.concern.web;

import dk.kk.naboskab.concern.application.ConcernQueries;
import dk.kk.naboskab.concern.application.ConcernQueries.Choice;
import dk.kk.naboskab.concern.application.ConcernService;
import dk.kk.naboskab.concern.application.FileConcern;
import dk.kk.naboskab.concern.application.Upload;
import dk.kk.naboskab.concern.domain.AttachmentType;
import dk.kk.naboskab.concern.domain.Urgency;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import dk.kk.naboskab.shared.web.LanguageView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
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

  @Inject transient ConcernService concerns;
  @Inject transient ConcernQueries queries;
  @Inject transient Validator validator;

  private List<Choice> tenants;
  private List<Choice> categories;
  private Long tenantId;
  private Long categoryId;
  private Urgency urgency = Urgency.NORMAL;
  private String description;
  private LocalDateTime happenedAt;
  private String location;
  private final ArrayList<Upload> files = new ArrayList<>();

  @PostConstruct
  void load() {
    tenants = queries.tenantsToFileFor(null);
    categories = queries.categories(LanguageView.current());
  }

  /** Keeps a chosen file with the form, or says at once why it cannot be attached. */
  public void upload(FileUploadEvent event) {
    var file = event.getFile();
    var upload = new Upload(file.getFileName(), file.getContent());
    try {
      AttachmentType.check(upload.fileName(), upload.content());
      if (files.size() >= ConcernService.MAX_FILES) {
        throw new RuleViolation("attachments", "attachment.tooMany", ConcernService.MAX_FILES);
      }
      files.add(upload);
    } catch (RuleViolation e) {
      Forms.fieldError(FORM, "attachments", e.messageKey(), e.arguments());
    }
  }

  public void remove(int index) {
    files.remove(index);
  }

  public String save() {
    var command = new FileConcern(tenantId, categoryId, urgency, description, happenedAt, location);
    if (!Forms.validate(validator, command, FORM)) {
      return null;
    }
    try {
      var publicId = concerns.file(command, List.copyOf(files));
      Forms.confirm("concern.filed");
      return "/concern/concern.xhtml?faces-redirect=true&id=" + publicId;
    } catch (RuleViolation e) {
      Forms.error(FORM, e.field(), e.messageKey(), e.arguments());
      return null;
    }
  }

  public List<Choice> getTenants() {
    return tenants;
  }

  public List<Choice> getCategories() {
    return categories;
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }

  public List<Upload> getFiles() {
    return files;
  }

  public Long getTenantId() {
    return tenantId;
  }

  public void setTenantId(Long tenantId) {
    this.tenantId = tenantId;
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
