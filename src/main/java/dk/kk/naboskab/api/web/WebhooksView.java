package dk.kk.naboskab.api.web;

import dk.kk.naboskab.api.application.Webhooks;
import dk.kk.naboskab.shared.RuleViolation;
import dk.kk.naboskab.shared.web.Forms;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The administrators' page of the associations' webhooks: register an address for an API client
 * (its secret shown once), stop or resume one, and every delivery's attempts — those that wait or
 * were given up first — with a button to try them again now.
 */
@Named
@ViewScoped
public class WebhooksView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int SHOWN = 100;

  @Inject Webhooks webhooks;

  private List<Webhooks.Hook> hooks;
  private List<Webhooks.Delivery> deliveries;
  private List<Webhooks.Association> associations;
  private String client;
  private Long associationId;
  private String url;
  private String newSecret;

  @PostConstruct
  void load() {
    hooks = webhooks.hooks();
    deliveries = webhooks.deliveries(SHOWN);
    if (associations == null) {
      associations = webhooks.associations();
    }
  }

  public void register() {
    // What is missing is named all at once; the service checks every rule again.
    var missing = false;
    if (client == null || client.isBlank()) {
      Forms.error("register", "client", "webhook.client.invalid", List.of());
      missing = true;
    }
    if (associationId == null) {
      Forms.error("register", "association", "webhook.association.required", List.of());
      missing = true;
    }
    if (url == null || url.isBlank()) {
      Forms.error("register", "url", "webhook.url.invalid", List.of());
      missing = true;
    }
    if (missing) {
      return;
    }
    try {
      var registered = webhooks.register(client, associationId, url);
      newSecret = registered.secret();
      Forms.confirm("webhooks.registered", client.strip());
      client = null;
      associationId = null;
      url = null;
      load();
    } catch (RuleViolation e) {
      Forms.error(
          "register",
          e.field(),
          e.messageKey(),
          e.arguments(),
          Map.of("association", "association"));
    }
  }

  public void toggle(Webhooks.Hook hook) {
    webhooks.setActive(hook.id(), !hook.active());
    load();
    Forms.confirm(hook.active() ? "webhooks.stopped" : "webhooks.resumed", hook.client());
  }

  public void retryNow() {
    var count = webhooks.retryNow();
    load();
    Forms.confirm("webhooks.retried", count);
  }

  public List<Webhooks.Hook> getHooks() {
    return hooks;
  }

  public List<Webhooks.Delivery> getDeliveries() {
    return deliveries;
  }

  public List<Webhooks.Association> getAssociations() {
    return associations;
  }

  public long getWaitingOrFailed() {
    return deliveries.stream().filter(d -> !"DELIVERED".equals(d.status())).count();
  }

  public String getClient() {
    return client;
  }

  public void setClient(String client) {
    this.client = client;
  }

  public Long getAssociationId() {
    return associationId;
  }

  public void setAssociationId(Long associationId) {
    this.associationId = associationId;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  /** The secret of the webhook just registered; shown on this page once, never again. */
  public String getNewSecret() {
    return newSecret;
  }
}
