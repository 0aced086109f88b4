package io.lexfed.determination;

/** The kind of legal risk an actor runs. */
public enum ExposureKind {
    /** Prosecution for a crime. */
    CRIMINAL,
    /** Liability in a civil lawsuit, such as a damages claim for an unlawful detention. */
    CIVIL,
    /** Sanctions on an official or agency for how it carries out its office, such as removal from office or penalties a state imposes on officials who defy its mandate. */
    ADMINISTRATIVE
}
