package dk.kk.naboskab.pathway.domain;

/**
 * How much the citizen's ability is reduced in a theme, on VUM's five-step scale (ICF): none, mild,
 * moderate, severe, complete.
 */
public enum Rating {
  NONE,
  MILD,
  MODERATE,
  SEVERE,
  COMPLETE
}
