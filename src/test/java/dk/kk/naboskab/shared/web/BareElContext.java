package dk.kk.naboskab.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;

/** An EL context with nothing in it, for testing one resolver on its own. */
final class BareElContext extends ELContext {
  @Override
  public ELResolver getELResolver() {
    return null;
  }

  @Override
  public FunctionMapper getFunctionMapper() {
    return null;
  }

  @Override
  public VariableMapper getVariableMapper() {
    return null;
  }
}
