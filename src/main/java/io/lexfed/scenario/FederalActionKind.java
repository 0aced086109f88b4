package io.lexfed.scenario;

/** What the federal agents are doing. */
public enum FederalActionKind { CIVIL_ARREST, CRIMINAL_ARREST, DETAINER_REQUEST, INFORMATION_REQUEST, HOME_OR_WORKPLACE_SEARCH, UNKNOWN }
