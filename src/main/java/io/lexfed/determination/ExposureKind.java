package io.lexfed.determination;

/** The kind of legal risk an actor runs. */
public enum ExposureKind { CRIMINAL, CIVIL, ADMINISTRATIVE }
