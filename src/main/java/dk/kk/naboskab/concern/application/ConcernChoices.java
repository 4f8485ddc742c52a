package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.shared.Published;
import dk.kk.naboskab.tenancy.application.TenancyFacts;
import dk.kk.naboskab.tenancy.application.TenantDirectory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/** The choices of the concern forms: categories, tenants to file about, workers to hand over to. */
@Published("api: the categories a filing offers")
@Stateless
public class ConcernChoices {
  @Inject ConcernAccess access;
  @Inject TenantDirectory tenants;
  @Inject TenancyFacts facts;
  @Inject CategoryChoices categoryChoices;

  /** A choice for a form. */
  public record Choice(long id, String label) implements java.io.Serializable {}

  /** The categories to file under, in the reader's language and the administrator's order. */
  public List<Choice> categories(Locale locale) {
    return categoryChoices.active(locale).stream().map(c -> new Choice(c.id(), c.label())).toList();
  }

  /**
   * Housing staff: their association's housed referred tenants whose name, address or department
   * contains the text, alphabetically, at most {@code max}.
   */
  public List<Choice> tenantsToFileFor(String text, int max) {
    return tenants.findOurTenants(text, max).stream()
        .map(t -> new Choice(t.id(), t.label()))
        .toList();
  }

  /** Housing staff: one of their housed tenants to file about, if they may. */
  public java.util.Optional<Choice> tenantToFileFor(long tenantId) {
    return tenants.ourTenantChoice(tenantId).map(t -> new Choice(t.id(), t.label()));
  }

  /** The active workers of the viewer's own unit, to whom a concern can be handed over. */
  public List<Choice> workersToHandOverTo() {
    var viewer = access.inboxViewer();
    if (viewer.unitId() == null) {
      return List.of();
    }
    return facts.activeWorkersOf(viewer.unitId()).stream()
        .map(w -> new Choice(w.id(), w.name() + " – " + w.unitName()))
        .toList();
  }
}
