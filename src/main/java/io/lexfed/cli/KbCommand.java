package io.lexfed.cli;

import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.jurisdiction.AgentLaw;
import io.lexfed.internal.jurisdiction.Agreement;
import io.lexfed.internal.jurisdiction.JurisdictionFile;
import io.lexfed.internal.jurisdiction.KnowledgeBase;
import io.lexfed.internal.jurisdiction.Provision;
import io.lexfed.internal.jurisdiction.ProvisionKind;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Jurisdiction;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code lexfed kb}: what the knowledge base holds for a state (and a locality) on a date - whether
 * the file answers every kind then, each provision in force or enjoined with its kind, the actors it
 * binds, its authority, exceptions, verification and review-by day, the laws on federal agents, and
 * the 287(g) agreements in force - with sources, one line each.
 */
final class KbCommand {
    static final Command COMMAND = new Command("kb",
            List.of("Lists what the knowledge base holds for a state (and locality) on a date: coverage, provisions, laws on federal agents,",
                    "287(g) agreements in force, with sources and review-by days."),
            null,
            List.of(Command.Option.text("--state", "ST", null, "the state's postal code (required)"),
                    Command.Option.text("--locality", "L", null, "a city or county by name"),
                    Command.Option.text("--date", "YYYY-MM-DD", null, "the day (default: today)")),
            Command.Engine.NOT_USED, KbCommand::run);

    private KbCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) {
        String state;
        try {
            if (args.text("--state") == null) {
                throw new BadInputException("--state", "is required, e.g. --state TX");
            }
            state = new Jurisdiction(args.text("--state"), null).state();
        } catch (InvalidScenarioException e) {
            throw new BadInputException("--state", e.getMessage().replaceFirst("^\\$\\.state: ", ""));
        }
        LocalDate day;
        try {
            day = args.text("--date") == null ? LocalDate.now() : LocalDate.parse(args.text("--date"));
        } catch (DateTimeParseException e) {
            throw new BadInputException("--date", "expected an ISO date such as 2025-06-01");
        }
        String locality = args.text("--locality");
        KnowledgeBase kb = KnowledgeBase.load(Registry.load());
        JurisdictionFile f = kb.files().get(state);
        out.println("# " + f.name() + " on " + day + " (researched as of " + f.researchedAsOf() + "; not legal advice)");
        List<String> open = java.util.Arrays.stream(ProvisionKind.values()).filter(k -> k.field() != null && !f.exhaustiveOn(day, k))
                .map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
        out.println("coverage\t" + (open.isEmpty() ? "every kind answered on this day (a kind with no provision: no such law)"
                : "unknown on this day unless a provision is listed: " + String.join(", ", open))
                + (f.exhaustiveUntil() == null ? "" : "; exhaustive until " + f.exhaustiveUntil())
                + (f.reviewBy() == null ? "" : "; review by " + f.reviewBy()));
        provisions(out, "state", f.provisions(), day);
        JurisdictionFile.Locality place = null;
        if (locality != null) {
            place = f.localities().stream().filter(l -> l.name().equalsIgnoreCase(locality.strip())
                    || l.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(locality.strip()))).findFirst().orElse(null);
            if (place == null) {
                out.println("locality\t\"" + locality.strip() + "\" is not in the knowledge base: its local policy is unknown");
            }
        }
        for (JurisdictionFile.Locality l = place; l != null; ) {
            out.println("locality\t" + l.name() + (l.exhaustive() ? " (exhaustive from " + l.coverageFrom() + ")" : " (not exhaustive)"));
            provisions(out, l.name(), l.provisions(), day);
            String up = l.within();
            l = up == null ? null : f.localities().stream().filter(x -> x.id().equals(up)).findFirst().orElse(null);
        }
        for (AgentLaw a : f.agentLaws()) {
            out.println("agent law\t" + a.id() + "\t" + a.title() + "\t" + a.authority() + "\t" + a.rulings().size() + " ruling(s)"
                    + (a.challenges().stream().anyMatch(c -> c.until() == null) ? ", challenge pending" : "")
                    + (a.reviewBy() == null ? "" : "\treview by " + a.reviewBy()));
        }
        List<Agreement> agreements = new ArrayList<>();
        for (Agreement g : f.agreements287g()) {
            boolean here = locality == null || g.belongsTo(Actor.SHERIFF_OR_JAIL, locality) || g.belongsTo(Actor.LOCAL_POLICE, locality);
            if (g.inForceOn(day) && here) {
                agreements.add(g);
            }
        }
        agreements.forEach(g -> out.println("287(g)\t" + g.agency() + "\t" + g.model() + "\tsigned " + g.signed()
                + (g.ended() == null ? "" : "\tended " + g.ended()) + "\t" + g.source()));
        if (locality == null && !agreements.isEmpty()) {
            out.println("287(g)\t" + agreements.size() + " agreement(s) in force (name a --locality to narrow)");
        }
        return Main.OK;
    }

    private static void provisions(PrintWriter out, String where, List<Provision> provisions, LocalDate day) {
        for (Provision p : provisions) {
            boolean enjoined = p.enactedOn(day) && p.enjoinedOn(day) != null;
            if (!p.inForceOn(day) && !enjoined) {
                continue;
            }
            out.println(where + "\t" + p.id() + "\t" + p.kind().name().toLowerCase(Locale.ROOT) + (p.status() == null ? "" : " (" + p.status() + ")")
                    + (enjoined ? " ENJOINED by " + p.enjoinedOn(day).by() : "") + "\tbinds " + p.binds() + "\t" + p.authority()
                    + (p.exceptionsRead() ? "\texceptions " + p.exceptions() : "\texceptions not read")
                    + (p.verified() ? "\tverified" : "\tNOT VERIFIED") + (p.reviewBy() == null ? "" : "\treview by " + p.reviewBy())
                    + "\t" + p.source());
        }
    }
}
