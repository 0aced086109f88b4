package io.lexfed.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * What the jurisdiction knowledge base holds for a state, and optionally a locality, on one day
 * ({@link io.lexfed.LexFed#lawOnADay}): whether its file answers every kind of provision then, the
 * provisions in force or enjoined that day, the locality with each place it lies within, the laws on
 * federal agents, and the 287(g) agreements in force, each with its source. Immutable; lists in the
 * knowledge base's order. Research data, not legal advice.
 *
 * @param state the state's postal code
 * @param name the state's name
 * @param date the day asked about
 * @param researchedAsOf the day the file was last researched
 * @param exhaustiveUntil the day the file stops answering every kind, or null
 * @param reviewBy the day the file must be reviewed by, or null
 * @param kindsUnknownUnlessListed the kinds of provision the file does not answer on the day unless a provision is listed, lower case
 * @param provisions the state's provisions in force or enjoined on the day
 * @param locality the locality asked about, as given (stripped), or null
 * @param localityKnown whether the knowledge base lists that locality (false when none was asked about)
 * @param localities the locality, then each place it lies within, with their provisions on the day
 * @param agentLaws the state's laws on federal agents
 * @param agreements287g the 287(g) agreements in force on the day (in the locality, if one was asked about)
 * @param agreements287gComplete whether the 287(g) list is complete for the state on the day, so that an agency
 *        not listed had no agreement (elsewhere, an agency not listed is unknown)
 */
public record LawOnADay(String state, String name, LocalDate date, LocalDate researchedAsOf, LocalDate exhaustiveUntil, LocalDate reviewBy,
                        List<String> kindsUnknownUnlessListed, List<Provision> provisions, String locality, boolean localityKnown,
                        List<Place> localities, List<AgentLaw> agentLaws, List<Agreement287g> agreements287g,
                        boolean agreements287gComplete) {
    /**
     * Copies the lists, so the record is immutable.
     *
     * @param state the state's postal code
     * @param name the state's name
     * @param date the day asked about
     * @param researchedAsOf the day the file was last researched
     * @param exhaustiveUntil the day the file stops answering every kind, or null
     * @param reviewBy the day the file must be reviewed by, or null
     * @param kindsUnknownUnlessListed the kinds the file does not answer on the day unless a provision is listed
     * @param provisions the state's provisions in force or enjoined on the day
     * @param locality the locality asked about, or null
     * @param localityKnown whether the knowledge base lists that locality
     * @param localities the locality and the places it lies within
     * @param agentLaws the state's laws on federal agents
     * @param agreements287g the 287(g) agreements in force on the day
     * @param agreements287gComplete whether the 287(g) list is complete for the state on the day
     */
    public LawOnADay {
        kindsUnknownUnlessListed = List.copyOf(kindsUnknownUnlessListed);
        provisions = List.copyOf(provisions);
        localities = List.copyOf(localities);
        agentLaws = List.copyOf(agentLaws);
        agreements287g = List.copyOf(agreements287g);
    }

    /**
     * A provision in force, or enjoined, on the day.
     *
     * @param id the provision's id
     * @param kind its kind, e.g. {@code LIMITS_DETAINERS}
     * @param status for a state immigration crime, its status (e.g. {@code ENJOINED}); else null
     * @param enjoinedBy the authority id of the order enjoining it on the day, or null
     * @param authority the authority id of the provision itself
     * @param binds the actors it binds
     * @param exceptions the exceptions its text carries (none for a kind that can carry none), or null where the text was not read for them
     * @param reach where it is narrower than its kind, what it reaches in words (the acts, kinds of information,
     *     places and people), or null
     * @param verified whether the provision was verified against its source
     * @param reviewBy the day it must be reviewed by (a pending matter), or null
     * @param source where it was verified
     */
    public record Provision(String id, String kind, String status, String enjoinedBy, String authority, List<String> binds, List<String> exceptions,
                            String reach, boolean verified, LocalDate reviewBy, String source) {
    }

    /**
     * A locality and its provisions on the day.
     *
     * @param name its name
     * @param exhaustive whether the knowledge base answers every kind for it
     * @param coverageFrom the first day it answers for
     * @param kindsSettled where it is not exhaustive, the kinds it still answers on the day (none listed: no such policy)
     * @param provisions its provisions in force or enjoined on the day
     */
    public record Place(String name, boolean exhaustive, LocalDate coverageFrom, List<String> kindsSettled, List<Provision> provisions) {
        /**
         * Copies the lists, so a place cannot change after it is made.
         *
         * @param name its name
         * @param exhaustive whether the knowledge base answers every kind for it
         * @param coverageFrom the first day it answers for
         * @param kindsSettled where it is not exhaustive, the kinds it still answers on the day
         * @param provisions its provisions in force or enjoined on the day
         */
        public Place {
            kindsSettled = List.copyOf(kindsSettled);
            provisions = List.copyOf(provisions);
        }
    }

    /**
     * A state law on federal agents' own conduct.
     *
     * @param id its id, e.g. {@code CA_SB_627}
     * @param title its title
     * @param authority its authority id
     * @param rulings how many court rulings the knowledge base records on it
     * @param challengePending whether a challenge to it is pending
     * @param reviewBy the day it must be reviewed by, or null
     */
    public record AgentLaw(String id, String title, String authority, int rulings, boolean challengePending, LocalDate reviewBy) {
    }

    /**
     * A 287(g) agreement.
     *
     * @param agency the participating agency
     * @param model its model, e.g. {@code TASK_FORCE}
     * @param signed the day it was signed
     * @param ended the day it ended, or null
     * @param source the list it comes from
     */
    public record Agreement287g(String agency, String model, LocalDate signed, LocalDate ended, String source) {
    }
}
