package io.lexfed.determination;

import java.time.LocalDate;

/**
 * An authority relied on, resolved from the registry: id, full citation, kind, rank, jurisdiction,
 * date, public URL, and whether it was in force on the scenario's date (false for, e.g., guidance
 * rescinded before it, cited to explain the history).
 */
public record Citation(String id, String citation, String kind, String rank, String jurisdiction, LocalDate date, String url,
                       boolean inForceOnDate) {
}
