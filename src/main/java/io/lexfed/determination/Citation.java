package io.lexfed.determination;

import java.time.LocalDate;

/**
 * An authority relied on, resolved from the registry: id, full citation, kind, rank, jurisdiction,
 * date, public URL, whether it was in force on the scenario's date (false for, e.g., guidance
 * rescinded before it, cited to explain the history), and, for a court decision, how it weighs where
 * the events happened, as the courts' decisions stood when the question is asked (the scenario's
 * {@code askedOn}; by default every decision known, since a ruling after the events answers for
 * them): {@code BINDING} (the Supreme Court; the state's circuit; the state's own appellate courts),
 * {@code PERSUASIVE} (any other court), or {@code NONE} (not yet decided when asked, or vacated);
 * null for an authority that is not a court decision.
 */
public record Citation(String id, String citation, String kind, String rank, String jurisdiction, LocalDate date, String url,
                       boolean inForceOnDate, String precedent) {
}
