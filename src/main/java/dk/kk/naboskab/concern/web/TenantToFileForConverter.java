package dk.kk.naboskab.concern.web;

import dk.kk.naboskab.concern.application.ConcernChoices;
import dk.kk.naboskab.concern.application.ConcernChoices.Choice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The filing form's tenant, between the page (the tenant's id) and the form (the chosen tenant).
 * The id is looked up under the officer's own scope, so an id edited in the page finds nobody. A
 * CDI bean the page names ({@code converter="#{tenantToFileForConverter}"}), so it gets its service
 * injected.
 */
@Named
@ApplicationScoped
public class TenantToFileForConverter implements Converter<Choice> {
  @Inject ConcernChoices choices;

  @Override
  public Choice getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return choices.tenantToFileFor(Long.parseLong(value.trim())).orElse(null);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Choice value) {
    return value == null ? "" : String.valueOf(value.id());
  }
}
