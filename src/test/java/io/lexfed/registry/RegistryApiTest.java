package io.lexfed.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lexfed.LexFed;
import io.lexfed.ReadmeExample;
import io.lexfed.analysis.MinimalFlips;
import io.lexfed.determination.Determination;
import io.lexfed.report.Report;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The registries and the rules as the public API gives them, and the report, agree with what determinations cite. */
class RegistryApiTest {

    @Test
    void anAuthorityCarriesTheRegistrysEntry() {
        Authority a = LexFed.authorities().stream().filter(x -> x.id().equals("cfr-8-287-7")).findFirst().orElseThrow();
        assertThat(a.citation()).isEqualTo("8 C.F.R. § 287.7");
        assertThat(a.kind()).isEqualTo("REGULATION");
        assertThat(a.rank()).isEqualTo("FEDERAL_REGULATION");
        assertThat(a.jurisdiction()).isEqualTo("US");
        assertThat(a.inForceFrom()).isEqualTo(LocalDate.of(1997, 4, 1));
        assertThat(a.precedential()).isFalse();
    }

    @Test
    void authoritiesComeHighestRankFirstThenById() {
        List<Authority> all = LexFed.authorities();
        assertThat(all.get(0).rank()).isEqualTo("CONSTITUTION");
        List<String> ranks = all.stream().map(Authority::rank).distinct().toList();
        // each rank in one run: a rank seen again after another would mean the list is not grouped by rank
        List<String> runs = new java.util.ArrayList<>();
        all.forEach(x -> {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(x.rank())) {
                runs.add(x.rank());
            }
        });
        assertThat(runs).isEqualTo(ranks);
        for (String rank : ranks) {
            assertThat(all.stream().filter(x -> x.rank().equals(rank)).map(Authority::id).toList()).as(rank).isSorted();
        }
        assertThat(ranks.indexOf("FEDERAL_STATUTE")).isLessThan(ranks.indexOf("CASE_US_SUPREME_COURT"));
    }

    @Test
    void everyRuleNamesAKnownDoctrineAndCitesKnownAuthorities() {
        Set<String> doctrines = LexFed.doctrines().stream().map(Doctrine::id).collect(Collectors.toSet());
        Set<String> authorities = LexFed.authorities().stream().map(Authority::id).collect(Collectors.toSet());
        List<Rule> rules = LexFed.rules();
        assertThat(rules).extracting(Rule::id).isSorted().doesNotHaveDuplicates();
        for (Rule r : rules) {
            assertThat(doctrines).as(r.id()).contains(r.doctrine());
            assertThat(r.id()).startsWith(r.doctrine() + "/");
            assertThat(authorities).as(r.id()).containsAll(r.authorities());
        }
    }

    @Test
    void theRulesADeterminationFiredAreAmongThePublicRules() {
        Determination d = LexFed.engine().evaluate(ReadmeExample.scenario());
        Set<String> ids = LexFed.rules().stream().map(Rule::id).collect(Collectors.toSet());
        assertThat(d.rulesFired()).isNotEmpty();
        assertThat(ids).containsAll(d.rulesFired());
        assertThat(LexFed.authorities().stream().map(Authority::id).toList()).containsAll(d.citations().stream().map(c -> c.id()).toList());
    }

    @Test
    void theReportStatesTheQuestionTheOutcomeAndTheNotice() {
        Determination d = LexFed.engine().evaluate(ReadmeExample.scenario());
        String text = Report.text(d);
        assertThat(text).startsWith(d.question()).contains("OUTCOME: PROHIBITED").contains(d.reasons().get(0).rule());
        assertThat(Report.markdown(d)).startsWith("# " + d.question()).contains("**Outcome: PROHIBITED**");
        assertThat(text).contains("\n" + d.notice() + "\n").endsWith(d.rulesFingerprint() + ", schema " + d.schemaVersion() + "\n");
        assertThat(Report.explain(d, List.of(), new MinimalFlips(d.outcome(), List.of(), true, 0), false)).startsWith(text.substring(0, text.indexOf("\n")));
        assertThatThrownBy(() -> Report.text(null)).isInstanceOf(NullPointerException.class);
    }
}
