package dk.kk.naboskab.tenancy.infrastructure;

import dk.kk.naboskab.shared.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * One {@link CprCipher} for the application, keyed from configuration ({@code NABOSKAB_CPR_KEY},
 * its version {@code NABOSKAB_CPR_KEY_VERSION} and the earlier keys still needed, {@code
 * NABOSKAB_CPR_PREVIOUS_KEYS}).
 */
@ApplicationScoped
public class CprCipherProducer {

  @Produces
  @Singleton
  CprCipher cprCipher() {
    return CprCipher.fromSettings(
        Setting.CPR_KEY.value(),
        Setting.CPR_KEY_VERSION.value(),
        Setting.CPR_PREVIOUS_KEYS.value());
  }
}
