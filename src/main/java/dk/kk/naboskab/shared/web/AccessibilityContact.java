package dk.kk.naboskab.shared.web;

import dk.kk.naboskab.shared.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Where the accessibility statement sends feedback: the municipality's address from {@code
 * NABOSKAB_ACCESSIBILITY_CONTACT}, or none (the statement then points to kk.dk).
 */
@Named
@ApplicationScoped
public class AccessibilityContact {
  public String getAddress() {
    return Setting.ACCESSIBILITY_CONTACT.value();
  }
}
