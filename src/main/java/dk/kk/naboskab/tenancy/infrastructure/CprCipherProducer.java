package dk.kk.naboskab.tenancy.infrastructure;

import dk.kk.naboskab.shared.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * One {@link CprCipher} for the application, keyed from configuration ({@code NABOSKAB_CPR_KEY}).
 */
@ApplicationScoped
public class CprCipherProducer {

  @Produces
  @Singleton
  CprCipher cprCipher() {
    return CprCipher.fromBase64(Setting.CPR_KEY.value());
  }
}
