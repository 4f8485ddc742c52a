package dk.kk.naboskab.pathway.domain;

/** What the case worker recommends. */
public enum Outcome {
  /** The citizen's own home through the social housing allocation (boligsocial anvisning). */
  OWN_HOME,
  /** Temporary residential care (botilbud, servicelovens §107). */
  CARE_HOME_107,
  /** Long-term residential care (botilbud, servicelovens §108). */
  CARE_HOME_108,
  /** Special housing (særbolig, almenboliglovens §149). */
  SPECIAL_HOUSING,
  /** Another housing offer. */
  OTHER
}
