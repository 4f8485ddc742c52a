package dk.kk.naboskab.pathway.web;

import dk.kk.naboskab.pathway.application.PathwayForms;
import dk.kk.naboskab.pathway.application.Stays;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The intake form: a citizen's stay at a shelter begins. */
@Named
@ViewScoped
public class IntakeView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "intake";

  @Inject Stays stays;

  private List<Stays.Choice> shelters;
  private Long shelterId;
  private String firstName;
  private String lastName;
  private String cpr;
  private LocalDate intakeDate;

  @PostConstruct
  void load() {
    shelters = stays.myShelters();
    if (shelters.size() == 1) {
      shelterId = shelters.get(0).id();
    }
  }

  /** Records the intake and opens the resident's page; on a refusal, says why on the field. */
  public String save() {
    var form = new PathwayForms.Intake(shelterId, firstName, lastName, cpr, intakeDate, null);
    if (!Forms.validate(form, FORM)) {
      return null;
    }
    try {
      var stay = stays.intake(form);
      Forms.confirm("intake.done", stay.getName());
      return "/pathway/stay.xhtml?faces-redirect=true&id=" + stay.getId();
    } catch (RuleViolation e) {
      Forms.error(FORM, e.field(), e.messageKey(), e.arguments());
      return null;
    }
  }

  public List<Stays.Choice> getShelters() {
    return shelters;
  }

  public Long getShelterId() {
    return shelterId;
  }

  public void setShelterId(Long shelterId) {
    this.shelterId = shelterId;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getCpr() {
    return cpr;
  }

  public void setCpr(String cpr) {
    this.cpr = cpr;
  }

  public LocalDate getIntakeDate() {
    return intakeDate;
  }

  public void setIntakeDate(LocalDate intakeDate) {
    this.intakeDate = intakeDate;
  }
}
