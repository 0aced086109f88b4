package io.lexfed.registry;

import java.time.LocalDate;

/**
 * One entry of the authorities registry ({@code rules/authorities.yaml}): a constitution, statute,
 * regulation, court decision, guidance or agreement that rules, provisions and determinations cite
 * by id. The texts are the registry's own, as its reviewers wrote them; a determination's
 * {@link io.lexfed.determination.Citation} says how an authority weighs for one scenario.
 *
 * @param id the registry id, kebab-case, e.g. {@code cfr-8-287-7}
 * @param citation the full citation
 * @param title a short title
 * @param kind what sort of source it is, e.g. {@code STATUTE} or {@code CASE}
 * @param rank its rank among sources, e.g. {@code FEDERAL_REGULATION} or {@code CASE_US_SUPREME_COURT}
 * @param jurisdiction {@code US} for federal law, else the state's postal code
 * @param date the day it was enacted, issued or decided, or null if not recorded
 * @param url where its text can be read, or null
 * @param inForceFrom the first day it was in force, or null if not recorded
 * @param inForceUntil the first day it was no longer in force, or null if it still is
 * @param holding what it says or held, in plain language
 * @param verified how and where the entry was checked against its source
 * @param status its standing (e.g. enjoined in part), or null
 * @param note the reviewers' note, or null
 * @param context whether it is kept for background only, cited by no rule or provision
 * @param circuit for a federal court's decision, its circuit ({@code 1} to {@code 11} or {@code DC}); else null
 * @param precedential whether it binds other courts: true for a precedential appellate or supreme court decision
 * @param vacated the day a court decision was vacated, after which it is no authority; else null
 */
public record Authority(String id, String citation, String title, String kind, String rank, String jurisdiction, LocalDate date,
                        String url, LocalDate inForceFrom, LocalDate inForceUntil, String holding, String verified, String status,
                        String note, boolean context, String circuit, boolean precedential, LocalDate vacated) {
}
