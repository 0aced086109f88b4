package io.lexfed.internal.predicates;

/**
 * A court decision that answers a contested question where and when it binds ({@code decidedBy} in
 * {@code rules/predicates/}): the question (by index), the registry id of the decision, what it
 * holds, and, for a question of one state's law, the state it decides it for (null for a question of
 * federal law, which any court's decision may persuade on). A decision {@code persuasiveOnly} read the
 * law on other facts: it counts toward a split of persuasive authority but decides the question
 * nowhere, not even where it binds. A decision {@code judgmentFor} its parties is a judgment they won:
 * it binds the United States as to each of them, so it decides the question for a party's own officers
 * there, whatever the court; for anyone else it only persuades (United States v. Mendoza). A party is a
 * state, by its code (its officials and state police), or a locality, as {@code ST/locality-id} of the
 * state's knowledge-base file (its officials and police; not a sheriff, an officer elected apart from
 * the county's government, whom its litigation does not bind). A decision that {@code readsLawBefore} a day
 * read the state's law as it stood before a statute changed it, and answers only for events before that day.
 */
public record Decision(int question, String authority, boolean holds, String state, boolean persuasiveOnly, java.util.List<String> judgmentFor,
                       java.time.LocalDate readsLawBefore) {
}
