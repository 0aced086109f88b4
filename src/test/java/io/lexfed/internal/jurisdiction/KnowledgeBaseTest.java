package io.lexfed.internal.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexfed.determination.Premise;
import io.lexfed.internal.authority.Registry;
import io.lexfed.scenario.Action;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Jurisdiction;
import io.lexfed.scenario.LocalPolicy;
import io.lexfed.scenario.Scenario;
import io.lexfed.scenario.StateCrimeStatus;
import io.lexfed.scenario.StateLaw;
import io.lexfed.scenario.Truth;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The completion mechanism on fixture files: dates, explicit facts, exhaustiveness, localities, cautions. */
class KnowledgeBaseTest {
    static final Registry REGISTRY = Registry.load();
    static final KnowledgeBase KB = KnowledgeBase.load(REGISTRY, "/kb-fixture/");

    static Scenario in(String state, String locality, Actor actor, Action action) {
        return Scenario.builder(actor, action).jurisdiction(new Jurisdiction(state, locality)).build();
    }

    static Premise premise(KnowledgeBase.Completion c, String fact) {
        return c.premises().stream().filter(p -> p.fact().equals(fact)).findFirst().orElse(null);
    }

    @Test
    void aProvisionTakesEffectOnItsFirstDayAndNotTheDayBefore() {
        Scenario s = in("TX", null, Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER);
        KnowledgeBase.Completion before = KB.complete(s, LocalDate.of(2017, 8, 31));
        KnowledgeBase.Completion on = KB.complete(s, LocalDate.of(2017, 9, 1));
        assertThat(before.scenario().stateLaw().mandatesDetainers()).isEqualTo(Truth.NO);
        assertThat(premise(before, "stateLaw.mandatesDetainers").provision()).isNull();
        assertThat(on.scenario().stateLaw().mandatesDetainers()).isEqualTo(Truth.YES);
        assertThat(premise(on, "stateLaw.mandatesDetainers"))
                .isEqualTo(new Premise("stateLaw.mandatesDetainers", "YES", Premise.Source.KNOWLEDGE_BASE, "fx-tx-detainer-mandate", "tex-sb4-2017", true));
    }

    @Test
    void aProvisionEndsOnItsUntilDay() {
        Scenario s = in("TX", null, Actor.STATE_POLICE, Action.ENFORCE_STATE_IMMIGRATION_CRIME);
        assertThat(KB.complete(s, LocalDate.of(2023, 12, 17)).scenario().stateLaw().immigrationCrime()).isEqualTo(StateCrimeStatus.NONE);
        assertThat(KB.complete(s, LocalDate.of(2023, 12, 18)).scenario().stateLaw().immigrationCrime()).isEqualTo(StateCrimeStatus.NOT_YET_OPERATIVE);
        assertThat(KB.complete(s, LocalDate.of(2024, 2, 28)).scenario().stateLaw().immigrationCrime()).isEqualTo(StateCrimeStatus.NOT_YET_OPERATIVE);
        assertThat(KB.complete(s, LocalDate.of(2024, 2, 29)).scenario().stateLaw().immigrationCrime()).isEqualTo(StateCrimeStatus.ENJOINED);
    }

    @Test
    void aProvisionBindsOnlyTheActorsItNames() {
        KnowledgeBase.Completion police = KB.complete(in("TX", null, Actor.LOCAL_POLICE, Action.HONOR_DETAINER), LocalDate.of(2020, 1, 1));
        assertThat(police.scenario().stateLaw().mandatesDetainers()).isEqualTo(Truth.NO);
    }

    @Test
    void explicitFactsWinAndSaySo() {
        Scenario s = Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER).jurisdiction(new Jurisdiction("TX", null))
                .stateLaw(StateLaw.builder().mandatesDetainers(Truth.NO).build()).build();
        KnowledgeBase.Completion c = KB.complete(s, LocalDate.of(2020, 1, 1));
        assertThat(c.scenario().stateLaw().mandatesDetainers()).isEqualTo(Truth.NO);
        assertThat(premise(c, "stateLaw.mandatesDetainers").source()).isEqualTo(Premise.Source.SCENARIO);
    }

    @Test
    void aGivenFactTheKnowledgeBaseHoldsTooNamesItsProvision() {
        KnowledgeBase.Completion c = KB.complete(texasJailGiven(Truth.YES), LocalDate.of(2020, 1, 1));
        assertThat(premise(c, "stateLaw.mandatesDetainers"))
                .isEqualTo(new Premise("stateLaw.mandatesDetainers", "YES", Premise.Source.SCENARIO, "fx-tx-detainer-mandate", "tex-sb4-2017", true));
        assertThat(c.cautions()).extracting(KnowledgeBase.Caution::fact).doesNotContain("stateLaw.mandatesDetainers");
    }

    @Test
    void aGivenFactTheKnowledgeBaseContradictsWinsWithACaution() {
        Scenario s = texasJailGiven(Truth.NO);
        KnowledgeBase.Completion c = KB.complete(s, LocalDate.of(2020, 1, 1));
        assertThat(premise(c, "stateLaw.mandatesDetainers"))
                .isEqualTo(new Premise("stateLaw.mandatesDetainers", "NO", Premise.Source.SCENARIO, null, null, null));
        assertThat(c.cautions()).filteredOn(k -> "stateLaw.mandatesDetainers".equals(k.fact())).singleElement()
                .extracting(KnowledgeBase.Caution::text).asString()
                .contains("gives stateLaw.mandatesDetainers = NO").contains("holds YES for TX on 2020-01-01")
                .contains("fx-tx-detainer-mandate").contains("applied the scenario's fact");
        // before the provision, the file's silence says NO too: the same given NO is then the file's answer, and no caution
        KnowledgeBase.Completion before = KB.complete(s, LocalDate.of(2017, 8, 31));
        assertThat(before.cautions()).extracting(KnowledgeBase.Caution::fact).doesNotContain("stateLaw.mandatesDetainers");
    }

    // a Texas jail's detainer question with the state's detainer mandate given as the user says
    private static Scenario texasJailGiven(Truth mandatesDetainers) {
        return Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER).jurisdiction(new Jurisdiction("TX", null))
                .stateLaw(StateLaw.builder().mandatesDetainers(mandatesDetainers).build()).build();
    }

    @Test
    void aGivenLimitKeepsTheKnowledgeBaseFromAddingTheMandateItContradicts() {
        Scenario s = Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER).jurisdiction(new Jurisdiction("TX", null))
                .stateLaw(StateLaw.builder().limitsDetainers(Truth.YES).build()).build();
        assertThat(KB.complete(s, LocalDate.of(2020, 1, 1)).scenario().stateLaw().mandatesDetainers()).isEqualTo(Truth.NO);
    }

    @Test
    void aFileThatIsNotExhaustiveLeavesOtherFactsUnknown() {
        KnowledgeBase.Completion c = KB.complete(in("MA", null, Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER), LocalDate.of(2018, 1, 1));
        assertThat(c.scenario().stateLaw().authorizesCivilImmigrationArrests()).isEqualTo(Truth.NO);
        assertThat(c.scenario().stateLaw().limitsDetainers()).isEqualTo(Truth.UNKNOWN);
        assertThat(premise(c, "stateLaw.limitsDetainers")).isNull();
    }

    @Test
    void beforeItsCoverageAnExhaustiveFileClaimsNothing() {
        KnowledgeBase.Completion c = KB.complete(in("TX", null, Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER), LocalDate.of(2013, 12, 31));
        assertThat(c.scenario().stateLaw().mandatesDetainers()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void aLocalityIsLayeredUnderItsStateAndFoundByAlias() {
        KnowledgeBase.Completion c = KB.complete(in("MA", "city of boston", Actor.LOCAL_POLICE, Action.HONOR_DETAINER), LocalDate.of(2018, 1, 1));
        assertThat(c.scenario().localPolicy().limitsDetainers()).isEqualTo(Truth.YES);
        assertThat(c.scenario().localPolicy().limitsAssistance()).isEqualTo(Truth.NO);
        assertThat(premise(c, "localPolicy.limitsDetainers").provision()).isEqualTo("fx-boston-trust-act");
        KnowledgeBase.Completion none = KB.complete(in("MA", "Worcester", Actor.LOCAL_POLICE, Action.HONOR_DETAINER), LocalDate.of(2018, 1, 1));
        assertThat(none.scenario().localPolicy().limitsDetainers()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void aPolicyGivenAsNoneWinsOverTheLocality() {
        Scenario s = in("MA", "Boston", Actor.LOCAL_POLICE, Action.HONOR_DETAINER).toBuilder().localPolicy(LocalPolicy.none()).build();
        assertThat(KB.complete(s, LocalDate.of(2018, 1, 1)).scenario().localPolicy().limitsDetainers()).isEqualTo(Truth.NO);
    }

    @Test
    void anUnverifiedProvisionRaisesACaution() {
        KnowledgeBase.Completion c = KB.complete(in("TX", null, Actor.LOCAL_OFFICIAL, Action.ADOPT_SANCTUARY_POLICY), LocalDate.of(2020, 1, 1));
        assertThat(c.cautions()).singleElement().extracting(KnowledgeBase.Caution::text).asString().contains("fx-tx-sanctuary-ban").contains("not been verified");
    }

    @Test
    void aCodeThatNamesNoStateIsBadInputNotAStateWithoutLaw() {
        assertThatThrownBy(() -> in("ZZ", null, Actor.LOCAL_POLICE, Action.DECLINE_TO_ASSIST)).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("\"ZZ\" is none");
    }

    @Test
    void aLocalityIsRefusedWhereItBindsAStateActorOrIsWithinNoContainingLocality() {
        assertThatThrownBy(() -> KnowledgeBase.load(REGISTRY, "/kb-fixture-localities/")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("IL/springfield: fx-springfield-order binds STATE_POLICE, which no local policy binds")
                .hasMessageContaining("IL/springfield: within names no containing locality of the file, or a cycle: sangamon-county")
                .hasMessageContaining("IL/peoria: within names no containing locality of the file, or a cycle: peoria")
                .hasMessageContaining("IL/peoria: exhaustiveFor names a kind only states have: MANDATES_DETAINERS");
    }

    @Test
    void aKindSettledOnItsOwnAnswersFromItsDateWhileTheRestOfThePlaceStaysUnknown() {
        KnowledgeBase kb = KnowledgeBase.load(REGISTRY, "/kb-fixture-exhaustive-for/");
        Scenario s = in("VA", "Culpeper County", Actor.SHERIFF_OR_JAIL, Action.ENTER_287G_AGREEMENT);
        KnowledgeBase.Completion settled = kb.complete(s, LocalDate.of(2016, 1, 1));
        assertThat(premise(settled, "stateLaw.bans287g")).isEqualTo(new Premise("stateLaw.bans287g", "NO", Premise.Source.KNOWLEDGE_BASE, null, null, null));
        assertThat(premise(settled, "stateLaw.mandates287g").value()).isEqualTo("NO");
        assertThat(premise(settled, "localPolicy.bans287g")).isEqualTo(new Premise("localPolicy.bans287g", "NO", Premise.Source.KNOWLEDGE_BASE, null, null, null));
        // the kinds the research did not settle stay unknown, in the state and in the county
        assertThat(premise(settled, "stateLaw.limitsDetainers")).isNull();
        assertThat(premise(settled, "localPolicy.limitsDetainers")).isNull();
        assertThat(settled.cautions()).isEmpty();

        KnowledgeBase.Completion countyNotYet = kb.complete(s, LocalDate.of(2014, 6, 1));
        assertThat(premise(countyNotYet, "stateLaw.bans287g").value()).isEqualTo("NO");
        assertThat(premise(countyNotYet, "localPolicy.bans287g")).isNull();
        assertThat(premise(kb.complete(s, LocalDate.of(2012, 12, 31)), "stateLaw.bans287g")).isNull();
    }

    @Test
    void aKindSettledForASpanAnswersOnlyWithinIt() {
        // the county's detainer practice is settled on 2017-08-13 alone (exhaustiveForUntil 2017-08-14, exclusive)
        KnowledgeBase kb = KnowledgeBase.load(REGISTRY, "/kb-fixture-exhaustive-for/");
        Scenario hold = in("VA", "Culpeper County", Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER);
        assertThat(premise(kb.complete(hold, LocalDate.of(2017, 8, 13)), "localPolicy.limitsDetainers").value()).isEqualTo("NO");
        assertThat(premise(kb.complete(hold, LocalDate.of(2017, 8, 12)), "localPolicy.limitsDetainers")).isNull();
        assertThat(premise(kb.complete(hold, LocalDate.of(2017, 8, 14)), "localPolicy.limitsDetainers")).isNull();
        assertThat(premise(kb.complete(hold, LocalDate.of(2025, 1, 1)), "localPolicy.limitsDetainers")).isNull();
        // the county's 287(g) ban, settled without an end, still answers then
        assertThat(premise(kb.complete(in("VA", "Culpeper County", Actor.SHERIFF_OR_JAIL, Action.ENTER_287G_AGREEMENT), LocalDate.of(2025, 1, 1)),
                "localPolicy.bans287g").value()).isEqualTo("NO");
    }

    @Test
    void aCitysActorsAreReachedByItsCountysProvisionsAsTheyBind() {
        // the Cook County sheriff runs the jail in Chicago: the county's detainer ordinance reaches him there
        KnowledgeBase bundled = KnowledgeBase.load(REGISTRY);
        KnowledgeBase.Completion jail = bundled.complete(in("IL", "Chicago", Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER), LocalDate.of(2020, 1, 1));
        assertThat(premise(jail, "localPolicy.limitsDetainers")).extracting(Premise::value, Premise::provision)
                .containsExactly("YES", "il-cook-county-limits-detainers");
    }

    @Test
    void aLimitProtectingOnlyListedPeopleSpeaksForTheExceptionsOnlyForThem() {
        // 2019: S.B. 54's limit on sharing saves status (Gov. Code 7284.6(e)); Penal Code 422.93's bar on reporting
        // uncharged hate-crime victims and witnesses has no savings clause, and reaches only them
        KnowledgeBase bundled = KnowledgeBase.load(REGISTRY);
        Scenario.Builder share = Scenario.builder(Actor.LOCAL_POLICE, Action.SHARE_INFORMATION).jurisdiction(new Jurisdiction("CA", "Fresno"));
        io.lexfed.scenario.Information.Builder status = io.lexfed.scenario.Information.builder().kind(io.lexfed.scenario.InformationKind.IMMIGRATION_STATUS);
        LocalDate day = LocalDate.of(2019, 6, 3);
        KnowledgeBase.Completion unknown = bundled.complete(share.information(status.build()).build(), day);
        assertThat(premise(unknown, "stateLaw.limitsSaveStatusSharing")).extracting(Premise::value, Premise::provision)
                .containsExactly("YES", "ca-values-act-limits-information-sharing");
        assertThat(unknown.cautions()).filteredOn(k -> "stateLaw.limitsSaveStatusSharing".equals(k.fact())).singleElement()
                .extracting(KnowledgeBase.Caution::text).asString().contains("ca-pc-422-93-reporting-bar").contains("personWithinStateLimit");
        KnowledgeBase.Completion listed = bundled.complete(share.information(status.personWithinStateLimit(Truth.YES).build()).build(), day);
        assertThat(premise(listed, "stateLaw.limitsSaveStatusSharing")).extracting(Premise::value, Premise::provision)
                .containsExactly("NO", "ca-pc-422-93-reporting-bar");
        KnowledgeBase.Completion outside = bundled.complete(share.information(status.personWithinStateLimit(Truth.NO).build()).build(), day);
        assertThat(premise(outside, "stateLaw.limitsSaveStatusSharing").value()).isEqualTo("YES");
        assertThat(outside.cautions()).noneMatch(k -> k.text().contains("ca-pc-422-93-reporting-bar"));
    }

    @Test
    void everyLocalityAJudgmentBindsAsAPartyIsInTheKnowledgeBaseAndIsFoundByName() {
        // a party named ST/id that no file holds would never bind anyone: the judgment would silently only persuade
        KnowledgeBase bundled = KnowledgeBase.load(REGISTRY);
        java.util.List<String> localities = io.lexfed.internal.predicates.Predicates.decisions().stream()
                .flatMap(d -> d.judgmentFor().stream()).filter(p -> p.contains("/")).distinct().toList();
        assertThat(localities).contains("OR/portland");
        for (String party : localities) {
            String st = party.substring(0, 2);
            String id = party.substring(3);
            JurisdictionFile.Locality loc = bundled.file(st).orElseThrow().localities().stream().filter(l -> l.id().equals(id))
                    .findFirst().orElseThrow(() -> new AssertionError(party + " names no locality of " + st + "'s file"));
            assertThat(bundled.complete(in(st, loc.name(), Actor.LOCAL_POLICE, Action.ENFORCE_SANCTUARY_POLICY), LocalDate.of(2020, 1, 1)).locality())
                    .isEqualTo(party);
        }
        assertThat(bundled.complete(in("OR", "Gresham", Actor.LOCAL_POLICE, Action.ENFORCE_SANCTUARY_POLICY), LocalDate.of(2020, 1, 1)).locality()).isNull();
    }

    @Test
    void aMandateThatReachesOnlyListedPeopleSaysSoAndAStatedMandateIsAboutTheCase() {
        KnowledgeBase bundled = KnowledgeBase.load(REGISTRY);
        Scenario fresno = Scenario.builder(Actor.LOCAL_POLICE, Action.SHARE_INFORMATION).jurisdiction(new Jurisdiction("CA", "Fresno"))
                .information(io.lexfed.scenario.Information.builder().kind(io.lexfed.scenario.InformationKind.IMMIGRATION_STATUS).build()).build();
        // 2010: only former H&S 11369 commands notice, and it reaches drug arrestees alone
        KnowledgeBase.Completion c = bundled.complete(fresno, LocalDate.of(2010, 5, 4));
        assertThat(c.scenario().stateLaw().mandatesCooperation()).isEqualTo(Truth.YES);
        assertThat(premise(c, "stateLaw.mandateReachesOnlyListedPeople")).extracting(Premise::value, Premise::provision)
                .containsExactly("YES", "ca-hs-11369-drug-arrestee-notice");
        assertThat(c.cautions()).filteredOn(k -> "stateLaw.mandateReachesOnlyListedPeople".equals(k.fact())).singleElement()
                .extracting(KnowledgeBase.Caution::text).asString().contains("reaches only people arrested for one of the 14 drug offenses");
        // the week Prop. 187's unscoped mandate stood on paper beside it, the mandates in force reach everyone
        assertThat(premise(bundled.complete(fresno, LocalDate.of(1994, 11, 10)), "stateLaw.mandateReachesOnlyListedPeople"))
                .extracting(Premise::value, Premise::provision).containsExactly("NO", "ca-prop187-834b-mandates-cooperation");
        // a release date is not what the notice of a drug arrest gives (Steinle): the provision does not reach it
        Scenario releaseDate = Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.WITHHOLD_INFORMATION).jurisdiction(new Jurisdiction("CA", "San Francisco"))
                .information(io.lexfed.scenario.Information.builder().kind(io.lexfed.scenario.InformationKind.RELEASE_DATE).build()).build();
        assertThat(premise(bundled.complete(releaseDate, LocalDate.of(2015, 4, 15)), "stateLaw.mandateReachesOnlyListedPeople")).isNull();
        // after its repeal no mandate reaches the question, and the scope is not asked of anyone
        assertThat(premise(bundled.complete(fresno, LocalDate.of(2018, 1, 1)), "stateLaw.mandateReachesOnlyListedPeople")).isNull();
        // a scenario that states the mandate states it of this case: it reaches the person, with a caution naming whom the law lists
        Scenario stated = Scenario.builder(Actor.LOCAL_POLICE, Action.SHARE_INFORMATION).jurisdiction(new Jurisdiction("CA", "Fresno"))
                .information(io.lexfed.scenario.Information.builder().kind(io.lexfed.scenario.InformationKind.IMMIGRATION_STATUS).build())
                .stateLaw(StateLaw.builder().mandatesCooperation(Truth.YES).build()).build();
        KnowledgeBase.Completion told = bundled.complete(stated, LocalDate.of(2010, 5, 4));
        assertThat(premise(told, "stateLaw.mandateReachesOnlyListedPeople")).extracting(Premise::value, Premise::source)
                .containsExactly("NO", Premise.Source.SCENARIO);
        assertThat(told.cautions()).filteredOn(k -> "stateLaw.mandateReachesOnlyListedPeople".equals(k.fact())).singleElement()
                .extracting(KnowledgeBase.Caution::text).asString().contains("read as saying the person is among them");
    }

    @Test
    void aProvisionScopedToPlacesGovernsOnlyThereAndAnUnknownPlaceIsNotAnsweredFromIt() {
        KnowledgeBase bundled = KnowledgeBase.load(REGISTRY);
        java.util.function.Function<io.lexfed.scenario.Place, Scenario> at = place -> Scenario.builder(Actor.STATE_OFFICIAL, Action.ASSIST_ENFORCEMENT)
                .jurisdiction(new Jurisdiction("MA", null)).federalAction(io.lexfed.scenario.FederalAction.builder().place(place).build()).build();
        LocalDate day = LocalDate.of(2026, 3, 16);
        assertThat(premise(bundled.complete(at.apply(io.lexfed.scenario.Place.GOVERNMENT_PROPERTY), day), "stateLaw.limitsAssistance"))
                .extracting(Premise::value, Premise::provision).containsExactly("YES", "ma-eo-2026-state-property-closed-to-civil-enforcement");
        // on a street the order is silent; Massachusetts' 2026 acts are not settled, so whether other law limits the help stays open, and a
        // caution names the order and what it governs
        KnowledgeBase.Completion street = bundled.complete(at.apply(io.lexfed.scenario.Place.PUBLIC_PLACE), day);
        assertThat(premise(street, "stateLaw.limitsAssistance")).isNull();
        assertThat(street.cautions()).extracting(KnowledgeBase.Caution::text).anyMatch(t -> t.contains("ma-eo-2026-state-property-closed-to-civil-enforcement")
                && t.contains("at the places government property") && t.contains("does not settle whether other law reaches it"));
        // where the place is not given, the order's reach turns on it: the knowledge base does not answer from it
        assertThat(premise(bundled.complete(at.apply(null), day), "stateLaw.limitsAssistance")).isNull();
    }

    @Test
    void whereThe287gListIsCompleteAnAgencyNotOnItHadNoAgreementAndElsewhereItStaysUnknown() {
        KnowledgeBase bundled = KnowledgeBase.load(REGISTRY);
        Scenario hampden = in("MA", "Hampden County", Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER);
        // Massachusetts is complete from 2012-06-25: the Hampden sheriff is on no list, so he had no agreement
        assertThat(premise(bundled.complete(hampden, LocalDate.of(2018, 6, 1)), "agreement287g.model"))
                .extracting(Premise::value, Premise::source, Premise::authority)
                .containsExactly("NONE", Premise.Source.KNOWLEDGE_BASE, KnowledgeBase.AGREEMENTS_AUTHORITY);
        // before the span the list says nothing of an agency it does not name
        assertThat(premise(bundled.complete(hampden, LocalDate.of(2011, 1, 1)), "agreement287g.model")).isNull();
        // an agency on the list keeps its agreement's model
        assertThat(premise(bundled.complete(in("MA", "Bristol County", Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER), LocalDate.of(2018, 6, 1)),
                "agreement287g.model").value()).isEqualTo("JAIL_ENFORCEMENT");
        // a scenario that says the officer works under an agreement is not overruled, but told
        Scenario underOne = Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER).jurisdiction(new Jurisdiction("MA", "Hampden County"))
                .agreement287g(io.lexfed.scenario.Agreement287g.builder().iceSupervision(Truth.YES).build()).build();
        KnowledgeBase.Completion told = bundled.complete(underOne, LocalDate.of(2018, 6, 1));
        assertThat(premise(told, "agreement287g.model")).isNull();
        assertThat(told.cautions()).extracting(KnowledgeBase.Caution::fact).contains("agreement287g.model");
        // a state not declared complete leaves an unlisted agency unknown
        assertThat(premise(bundled.complete(in("TX", "Travis County", Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER), LocalDate.of(2018, 6, 1)),
                "agreement287g.model")).isNull();
    }

    @Test
    void aFixtureCitingAnUnknownAuthorityIsRefused() {
        assertThatThrownBy(() -> KnowledgeBase.load(REGISTRY, "/kb-fixture-broken/")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown authority no-such-statute");
    }

    @Test
    void anAssertionOfNoStatewideLawGivesWayToTheLawKnownAndSaysSo() {
        Scenario s = Scenario.builder(Actor.STATE_POLICE, Action.ENFORCE_STATE_IMMIGRATION_CRIME).jurisdiction(new Jurisdiction("TX", null))
                .stateLaw(StateLaw.builder().noStatewideLaw(Truth.YES).build()).build();
        KnowledgeBase.Completion c = KB.complete(s, LocalDate.of(2024, 3, 1));
        assertThat(c.scenario().stateLaw().immigrationCrime()).isEqualTo(StateCrimeStatus.ENJOINED);
        assertThat(c.cautions()).containsExactly(new KnowledgeBase.Caution("stateLaw.noStatewideLaw", "The scenario asserts that the state has no "
                + "statewide law, but stateLaw.immigrationCrime = ENJOINED (fx-tx-crime-enjoined) is known for this date; LexFed applied that "
                + "and used the assertion only where nothing else is known."));
    }

    @Test
    void whereTheKnowledgeBaseIsSilentTheAssertionOfNoStatewideLawFillsTheFactsAndTheScenarioKeepsTheFactsNotTheAssertion() {
        Scenario s = Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER).jurisdiction(new Jurisdiction("MA", null))
                .stateLaw(StateLaw.builder().noStatewideLaw(Truth.YES).build()).build();
        KnowledgeBase.Completion c = KB.complete(s, LocalDate.of(2018, 1, 1));
        assertThat(premise(c, "stateLaw.limitsDetainers")).isEqualTo(new Premise("stateLaw.limitsDetainers", "NO", Premise.Source.ASSERTION, null, null, null));
        assertThat(premise(c, "stateLaw.authorizesCivilImmigrationArrests").source()).isEqualTo(Premise.Source.KNOWLEDGE_BASE);
        assertThat(c.scenario().stateLaw().noStatewideLaw()).isEqualTo(Truth.UNKNOWN);
        assertThat(c.scenario().stateLaw().limitsDetainers()).isEqualTo(Truth.NO);
        assertThat(c.cautions()).isEmpty();
    }

    @Test
    void aLocalityNamedWithARemarkIsFoundByItsOwnNameAndTheReaderIsToldSo() {
        LocalDate day = LocalDate.of(2025, 10, 20);
        // the bundled files, whose Illinois file lists Cook County (the fixtures hold no locality)
        KnowledgeBase bundled = KnowledgeBase.load(REGISTRY);
        KnowledgeBase.Completion c = bundled.complete(in("IL", "Cook County (Rolling Meadows courthouse)", Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER), day);
        assertThat(premise(c, "localPolicy.limitsDetainers").provision()).isEqualTo("il-cook-county-limits-detainers");
        assertThat(c.cautions()).extracting(KnowledgeBase.Caution::text)
                .contains("\"Cook County (Rolling Meadows courthouse)\" was read as Cook County, IL (the name before any remark in parentheses or comma).");
        // the most specific name is the one read: a city given with its county is not taken for the county
        assertThat(bundled.complete(in("IL", "Naperville, DuPage County", Actor.LOCAL_POLICE, Action.HONOR_DETAINER), day).cautions())
                .extracting(KnowledgeBase.Caution::text).anySatisfy(t -> assertThat(t).startsWith("\"Naperville, DuPage County\" is not in the knowledge base for IL"))
                .noneSatisfy(t -> assertThat(t).contains("was read as"));
    }

    @Test
    void aLocalityTheKnowledgeBaseLacksIsNamedInACautionOnOneLineAndCapped() {
        LocalDate day = LocalDate.of(2016, 1, 1);
        assertThat(KB.complete(in("TX", "  Spring    field ", Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER), day).cautions())
                .containsExactly(new KnowledgeBase.Caution(null, "\"Spring field\" is not in the knowledge base for TX: its local policy is unknown "
                        + "to LexFed, so state it (localPolicy) where it matters."));
        String sixty = "Abcdefghij".repeat(6);
        assertThat(KB.complete(in("TX", sixty, Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER), day).cautions())
                .singleElement().extracting(KnowledgeBase.Caution::text).asString().startsWith("\"" + sixty + "\" is not");
        assertThat(KB.complete(in("TX", sixty + "k", Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER), day).cautions())
                .singleElement().extracting(KnowledgeBase.Caution::text).asString().startsWith("\"" + sixty + "...\" is not");
        // nothing of its local policy left to know: nothing to warn about
        Scenario none = in("TX", "Springfield", Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER).toBuilder().localPolicy(LocalPolicy.none()).build();
        assertThat(KB.complete(none, day).cautions()).isEmpty();
    }

    @Test
    void factsTheScenarioGivesAreReportedAsItsPremises() {
        Scenario s = in("TX", null, Actor.STATE_POLICE, Action.ENFORCE_STATE_IMMIGRATION_CRIME).toBuilder()
                .stateLaw(StateLaw.builder().immigrationCrime(StateCrimeStatus.NONE).build())
                .localPolicy(LocalPolicy.builder().limitsAssistance(Truth.YES).build()).build();
        KnowledgeBase.Completion c = KB.complete(s, LocalDate.of(2024, 3, 1));
        assertThat(premise(c, "stateLaw.immigrationCrime")).isEqualTo(new Premise("stateLaw.immigrationCrime", "NONE", Premise.Source.SCENARIO, null, null, null));
        assertThat(premise(c, "localPolicy.limitsAssistance")).isEqualTo(new Premise("localPolicy.limitsAssistance", "YES", Premise.Source.SCENARIO, null, null, null));
    }

    @Test
    void theKnowledgeBaseRestrictedToSomeStatesHasTheirFilesOnly() {
        assertThat(KB.file("MA")).get().extracting(JurisdictionFile::state).isEqualTo("MA");
        assertThat(KB.file("NY")).isEmpty();
        assertThat(KB.file(null)).isEmpty();
        KnowledgeBase texas = KB.only(java.util.List.of("TX"));
        assertThat(texas.files().keySet()).containsExactly("TX");
        assertThat(texas.file("MA")).isEmpty();
        assertThat(texas.complete(in("TX", null, Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER), LocalDate.of(2020, 1, 1)).scenario().stateLaw()
                .mandatesDetainers()).isEqualTo(Truth.YES);
    }

    @Test
    void aKindDeclaredOnlyInDataSetsTheFactItNamesAndCarriesItsExceptions() {
        // kb-fixture-kinds declares LIMITS_JAIL_ACCESS in its own kinds.yaml; no Java names it
        KnowledgeBase kb = KnowledgeBase.load(REGISTRY, "/kb-fixture-kinds/");
        Scenario s = in("TX", "Fixture Town", Actor.SHERIFF_OR_JAIL, Action.ASSIST_ENFORCEMENT);
        KnowledgeBase.Completion c = kb.complete(s, LocalDate.of(2018, 5, 1));
        assertThat(c.scenario().localPolicy().limitsAssistance()).isEqualTo(Truth.YES);
        assertThat(premise(c, "localPolicy.limitsAssistance").provision()).isEqualTo("fx-town-jail-access");
        assertThat(c.scenario().localPolicy().limitsExceptJudicialWarrant()).isEqualTo(Truth.YES);
        assertThat(premise(c, "localPolicy.limitsExceptJudicialWarrant").provision()).isEqualTo("fx-town-jail-access");
        // the kind reaches assistance only: a detainer decision reads no exception from it
        KnowledgeBase.Completion hold = kb.complete(in("TX", "Fixture Town", Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER), LocalDate.of(2018, 5, 1));
        assertThat(hold.scenario().localPolicy().limitsExceptJudicialWarrant()).isEqualTo(Truth.UNKNOWN);
        assertThat(kb.kinds().named("LIMITS_JAIL_ACCESS").isLocal()).isTrue();
    }

    @Test
    void aProvisionThatSupersedesAnotherDisplacesItOnlyWhileInForce() {
        KnowledgeBase kb = KnowledgeBase.load(REGISTRY, "/kb-fixture-kinds/");
        Scenario s = in("TX", null, Actor.LOCAL_POLICE, Action.CIVIL_IMMIGRATION_ARREST);
        KnowledgeBase.Completion before = kb.complete(s, LocalDate.of(2019, 12, 31));
        KnowledgeBase.Completion during = kb.complete(s, LocalDate.of(2020, 6, 1));
        KnowledgeBase.Completion after = kb.complete(s, LocalDate.of(2021, 1, 1));
        assertThat(before.scenario().stateLaw().authorizesCivilImmigrationArrests()).isEqualTo(Truth.YES);
        assertThat(during.scenario().stateLaw().authorizesCivilImmigrationArrests()).isEqualTo(Truth.NO);
        assertThat(premise(during, "stateLaw.authorizesCivilImmigrationArrests").provision()).isEqualTo("fx-tx-denies-arrest-power");
        assertThat(premise(during, "stateLaw.authorizesCivilImmigrationArrests").also()).isEmpty();
        assertThat(after.scenario().stateLaw().authorizesCivilImmigrationArrests()).isEqualTo(Truth.YES);
        assertThat(premise(after, "stateLaw.authorizesCivilImmigrationArrests").provision()).isEqualTo("fx-tx-grants-arrest-power");
    }

    @Test
    void provisionsInConflictKindsUnknownAndExceptionsAKindCannotCarryFailTheBuild() {
        assertThatThrownBy(() -> KnowledgeBase.load(REGISTRY, "/kb-fixture-conflicts/")).isInstanceOf(IllegalStateException.class)
                // a grant and a denial of arrest power for the jail on the same days, neither superseding the other: never settled by order
                .hasMessageContaining("TX: fx-tx-grants-arrest-power and fx-tx-denies-arrest-power set authorizesCivilImmigrationArrests two ways "
                        + "on the same days; say which supersedes the other (supersedes:)")
                .hasMessageContaining("TX: fx-tx-sanctuary-ban supersedes fx-tx-grants-arrest-power, which is no provision of the same place setting "
                        + "the same fact")
                .hasMessageContaining("unknown provision kind LIMITS_EVERYTHING (rules/jurisdictions/kinds.yaml declares [LIMITS_DETAINERS")
                .hasMessageContaining("provision fx-ma-courthouse-limit: a LIMITS_COURTHOUSE_ARRESTS provision can carry only the exceptions "
                        + "kinds.yaml gives it [JUDICIAL_WARRANT], not [STATUS_SAVINGS_CLAUSE]")
                // what a policy keeps and a limit in force on the same days: one of them must say it prevails
                .hasMessageContaining("TX/fx-houston: fx-houston-limits-sharing and fx-houston-keeps-release-notice set limitsInformationSharing two ways "
                        + "on the same days; say which supersedes the other (supersedes:)");
    }

    @Test
    void whatAPolicyExpresslyKeepsAnswersForItsActorsAndInformationWithoutDisturbingWhatSilenceSettles() {
        KnowledgeBase kb = KnowledgeBase.load(REGISTRY, "/kb-fixture-keeps/");
        java.util.function.BiFunction<String, io.lexfed.scenario.InformationKind, Scenario> asking = (place, k) ->
                Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.SHARE_INFORMATION).jurisdiction(new Jurisdiction("VA", place))
                        .information(io.lexfed.scenario.Information.builder().kind(k).build()).build();
        Scenario release = asking.apply("Fixture County", io.lexfed.scenario.InformationKind.RELEASE_DATE);
        Scenario address = asking.apply("Fixture County", io.lexfed.scenario.InformationKind.ADDRESS);
        // while the jail's policy keeps the release notice, the premise names that policy
        KnowledgeBase.Completion kept = kb.complete(release, LocalDate.of(2019, 3, 12));
        assertThat(kept.scenario().localPolicy().limitsInformationSharing()).isEqualTo(Truth.NO);
        assertThat(premise(kept, "localPolicy.limitsInformationSharing").provision()).isEqualTo("fx-county-keeps-release-notice");
        // information it does not name, and days before it: the entry's silence still settles the fact, resting on no provision
        for (KnowledgeBase.Completion silent : java.util.List.of(kb.complete(address, LocalDate.of(2019, 3, 12)), kb.complete(release, LocalDate.of(2017, 1, 1)))) {
            assertThat(silent.scenario().localPolicy().limitsInformationSharing()).isEqualTo(Truth.NO);
            assertThat(premise(silent, "localPolicy.limitsInformationSharing").provision()).isNull();
        }
        // a later limit that supersedes it governs from its first day
        KnowledgeBase.Completion limited = kb.complete(release, LocalDate.of(2021, 2, 1));
        assertThat(limited.scenario().localPolicy().limitsInformationSharing()).isEqualTo(Truth.YES);
        assertThat(premise(limited, "localPolicy.limitsInformationSharing").provision()).isEqualTo("fx-county-limits-sharing");
        // an actor it does not bind is left to the entry's silence
        KnowledgeBase.Completion police = kb.complete(Scenario.builder(Actor.LOCAL_POLICE, Action.SHARE_INFORMATION)
                .jurisdiction(new Jurisdiction("VA", "Fixture County")).information(io.lexfed.scenario.Information.builder()
                        .kind(io.lexfed.scenario.InformationKind.RELEASE_DATE).build()).build(), LocalDate.of(2019, 3, 12));
        assertThat(premise(police, "localPolicy.limitsInformationSharing").provision()).isNull();
        // where the entry settles nothing by silence, what the policy keeps answers for its information and nothing else
        KnowledgeBase.Completion town = kb.complete(asking.apply("Fixture Town", io.lexfed.scenario.InformationKind.RELEASE_DATE), LocalDate.of(2019, 3, 12));
        assertThat(town.scenario().localPolicy().limitsInformationSharing()).isEqualTo(Truth.NO);
        assertThat(premise(town, "localPolicy.limitsInformationSharing").provision()).isEqualTo("fx-town-keeps-release-notice");
        KnowledgeBase.Completion townAddress = kb.complete(asking.apply("Fixture Town", io.lexfed.scenario.InformationKind.ADDRESS), LocalDate.of(2019, 3, 12));
        assertThat(townAddress.scenario().localPolicy().limitsInformationSharing()).isEqualTo(Truth.UNKNOWN);
        assertThat(premise(townAddress, "localPolicy.limitsInformationSharing")).isNull();
        assertThat(townAddress.cautions()).noneMatch(c -> c.text().contains("fx-town-keeps-release-notice"));
    }

    @Test
    void aKindThatKeepsCooperationIsALocalNoWhoseSilenceSettlesNothing() {
        // a kept practice that would set a fact YES, or settle it by silence, would be a limit or a presumption in disguise
        assertThatThrownBy(() -> new ProvisionKind("KEEPS_X", "keeps", "limitsInformationSharing", ProvisionKind.Value.YES, true, false, false,
                null, null, null, null, null, true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sets a local fact to NO");
        assertThatThrownBy(() -> new ProvisionKind("KEEPS_X", "keeps", "limitsInformationSharing", ProvisionKind.Value.NO, true, true, false,
                null, null, null, null, null, true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("its silence settles nothing");
        assertThat(new ProvisionKind("KEEPS_X", "keeps", "limitsInformationSharing", ProvisionKind.Value.NO, true, false, false,
                null, null, null, null, null, true).keeps()).isTrue();
    }

    @Test
    void aLimitOnSomeKindsOfInformationAnswersOnlyForThemAndWaitsForTheKindAskedAbout() {
        KnowledgeBase kb = KnowledgeBase.load(REGISTRY, "/kb-fixture-kinds/");
        LocalDate day = LocalDate.of(2018, 5, 1);
        java.util.function.Function<io.lexfed.scenario.InformationKind, KnowledgeBase.Completion> asking = k -> kb.complete(
                Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.SHARE_INFORMATION).jurisdiction(new Jurisdiction("TX", "Fixture Town"))
                        .information(io.lexfed.scenario.Information.builder().kind(k).build()).build(), day);
        KnowledgeBase.Completion release = asking.apply(io.lexfed.scenario.InformationKind.RELEASE_DATE);
        assertThat(release.scenario().localPolicy().limitsInformationSharing()).isEqualTo(Truth.YES);
        assertThat(premise(release, "localPolicy.limitsInformationSharing").provision()).isEqualTo("fx-town-release-dates");
        // an address is not what the limit reaches; the town's policy is exhaustive, so no local limit reaches it, and the premise says which was read
        KnowledgeBase.Completion address = asking.apply(io.lexfed.scenario.InformationKind.ADDRESS);
        assertThat(address.scenario().localPolicy().limitsInformationSharing()).isEqualTo(Truth.NO);
        assertThat(premise(address, "localPolicy.limitsInformationSharing").provision()).isEqualTo("fx-town-release-dates");
        // unknown kind: the limit may or may not reach it, so nothing is filled
        KnowledgeBase.Completion unknown = asking.apply(io.lexfed.scenario.InformationKind.UNKNOWN);
        assertThat(unknown.scenario().localPolicy().limitsInformationSharing()).isEqualTo(Truth.UNKNOWN);
        assertThat(premise(unknown, "localPolicy.limitsInformationSharing")).isNull();
        // a question that is not about information is answered from the limit as before
        KnowledgeBase.Completion hold = kb.complete(in("TX", "Fixture Town", Actor.SHERIFF_OR_JAIL, Action.HONOR_DETAINER), day);
        assertThat(hold.scenario().localPolicy().limitsInformationSharing()).isEqualTo(Truth.YES);
    }

    @Test
    void aDutyToReportStatusCommandsNeitherOtherActsNorOtherInformation() {
        KnowledgeBase kb = KnowledgeBase.load(REGISTRY, "/kb-fixture-kinds/");
        LocalDate day = LocalDate.of(2018, 5, 1);
        java.util.function.BiFunction<Action, io.lexfed.scenario.InformationKind, KnowledgeBase.Completion> asking = (a, k) -> kb.complete(
                Scenario.builder(Actor.SHERIFF_OR_JAIL, a).jurisdiction(new Jurisdiction("TX", null))
                        .information(io.lexfed.scenario.Information.builder().kind(k).build()).build(), day);
        KnowledgeBase.Completion status = asking.apply(Action.WITHHOLD_INFORMATION, io.lexfed.scenario.InformationKind.IMMIGRATION_STATUS);
        assertThat(status.scenario().stateLaw().mandatesCooperation()).isEqualTo(Truth.YES);
        assertThat(premise(status, "stateLaw.mandatesCooperation").provision()).isEqualTo("fx-tx-jail-status-reports");
        // a release date is not what the duty reaches, nor is help with an arrest: the file is exhaustive, so no mandate reaches them
        for (KnowledgeBase.Completion outside : java.util.List.of(asking.apply(Action.SHARE_INFORMATION, io.lexfed.scenario.InformationKind.RELEASE_DATE),
                asking.apply(Action.DECLINE_TO_ASSIST, io.lexfed.scenario.InformationKind.UNKNOWN))) {
            assertThat(outside.scenario().stateLaw().mandatesCooperation()).isEqualTo(Truth.NO);
            assertThat(premise(outside, "stateLaw.mandatesCooperation").provision()).isEqualTo("fx-tx-jail-status-reports");
            assertThat(outside.cautions()).extracting(KnowledgeBase.Caution::text).anyMatch(t -> t.startsWith(
                    "The premise stateLaw.mandatesCooperation = NO: provision fx-tx-jail-status-reports (tex-sb4-2017) is in force but governs only "
                            + "the acts share information or withhold information, and information of the kinds immigration status, which leaves out "
                            + "the question asked."));
        }
        // the same NO given by the user: the provision whose scope leaves the act out is not named as its support
        KnowledgeBase.Completion given = kb.complete(Scenario.builder(Actor.SHERIFF_OR_JAIL, Action.DECLINE_TO_ASSIST).jurisdiction(new Jurisdiction("TX", null))
                .stateLaw(StateLaw.builder().mandatesCooperation(Truth.NO).build()).build(), day);
        assertThat(premise(given, "stateLaw.mandatesCooperation"))
                .isEqualTo(new Premise("stateLaw.mandatesCooperation", "NO", Premise.Source.SCENARIO, null, null, null));
        assertThat(given.cautions()).extracting(KnowledgeBase.Caution::fact).doesNotContain("stateLaw.mandatesCooperation");
        // sharing something not named: the duty may or may not reach it, so nothing is filled and the kind is asked
        KnowledgeBase.Completion unknown = asking.apply(Action.SHARE_INFORMATION, io.lexfed.scenario.InformationKind.UNKNOWN);
        assertThat(unknown.scenario().stateLaw().mandatesCooperation()).isEqualTo(Truth.UNKNOWN);
    }
}
