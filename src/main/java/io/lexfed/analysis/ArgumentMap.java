package io.lexfed.analysis;

import io.lexfed.determination.Determination;
import io.lexfed.determination.Finding;
import io.lexfed.determination.Overridden;
import io.lexfed.determination.PredicateValue;
import io.lexfed.determination.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A determination as a graph: scenario facts lead to the predicates that read them, predicates to
 * the predicates defined from them and to conclusions, the carrying conclusions to the outcome; edges into a finding or conclusion carry
 * the authorities its rule cites, and overridden conclusions point to what displaced them.
 * Exported as Mermaid and as Graphviz DOT. Immutable.
 *
 * @param nodes the nodes, facts first and the outcome last
 * @param edges the edges between them, by node id
 */
public record ArgumentMap(List<Node> nodes, List<Edge> edges) {

    /**
     * A node: a scenario fact, a predicate, a conclusion, or the outcome.
     *
     * @param id the node's id, unique in the map
     * @param kind what the node stands for
     * @param label the text shown on the node
     */
    public record Node(String id, Kind kind, String label) {
    }

    /** What a node stands for. */
    public enum Kind {
        /** A scenario fact. */
        FACT,
        /** A legal predicate, with its value. */
        PREDICATE,
        /** A conclusion that carried the outcome. */
        CONCLUSION,
        /** A conclusion reached and displaced. */
        OVERRIDDEN,
        /** The outcome. */
        OUTCOME
    }

    /**
     * An edge, labelled with authorities or with the principle of a displacement.
     *
     * @param from the id of the node it leaves
     * @param to the id of the node it enters
     * @param label the authorities cited, or the principle of a displacement; empty for none
     * @param displacement whether it shows an overridden conclusion pointing to what displaced it
     */
    public record Edge(String from, String to, String label, boolean displacement) {
    }

    /**
     * Copies the lists, so the map is immutable.
     *
     * @param nodes the nodes, facts first and the outcome last
     * @param edges the edges between them, by node id
     */
    public ArgumentMap {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * The argument map of a determination.
     *
     * @param d the determination
     * @return its map
     */
    public static ArgumentMap of(Determination d) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        Map<String, Finding> found = new LinkedHashMap<>();
        d.findings().forEach(f -> found.put(f.predicate(), f));
        // the argument runs through the predicates the conclusions read, and those they are defined from
        java.util.Set<String> argued = new java.util.LinkedHashSet<>();
        java.util.stream.Stream.concat(d.reasons().stream(), d.overridden().stream().map(Overridden::conclusion))
                .flatMap(r -> r.basis().stream()).forEach(b -> reach(b.predicate(), found, argued));
        for (Finding f : d.findings()) {
            if (!argued.contains(f.predicate())) {
                continue;
            }
            String to = node(nodes, Kind.PREDICATE, f.predicate(), f.predicate() + ": " + f.value());
            String label = String.join(", ", f.authorities());
            for (String fact : f.facts()) {
                edges.add(new Edge(node(nodes, Kind.FACT, fact, fact), to, label, false));
            }
            for (String p : f.basis()) {
                Finding sub = found.get(p);
                edges.add(new Edge(node(nodes, Kind.PREDICATE, p, p + ": " + (sub == null ? "?" : sub.value())), to, label, false));
            }
        }
        String outcome = node(nodes, Kind.OUTCOME, "outcome", d.outcome().name());
        for (Reason r : d.reasons()) {
            String id = node(nodes, Kind.CONCLUSION, r.rule(), r.rule() + ": " + r.outcome() + " (" + r.layer() + ")");
            basis(nodes, edges, found, r.basis(), id, String.join(", ", r.authorities()));
            edges.add(new Edge(id, outcome, "", false));
        }
        for (Overridden o : d.overridden()) {
            Reason c = o.conclusion();
            String id = node(nodes, Kind.OVERRIDDEN, c.rule(), c.rule() + ": " + c.outcome() + " (" + c.layer() + ")");
            basis(nodes, edges, found, c.basis(), id, String.join(", ", c.authorities()));
            String by = o.displacedBy() == null ? outcome : id(Kind.CONCLUSION, o.displacedBy());
            edges.add(new Edge(id, nodes.containsKey(by) ? by : id(Kind.OVERRIDDEN, o.displacedBy()),
                    "displaced by: " + o.principle().name().toLowerCase(Locale.ROOT).replace('_', ' '), true));
        }
        return new ArgumentMap(List.copyOf(nodes.values()), edges);
    }

    private static void reach(String predicate, Map<String, Finding> found, java.util.Set<String> argued) {
        Finding f = found.get(predicate);
        if (f != null && argued.add(predicate)) {
            f.basis().forEach(p -> reach(p, found, argued));
        }
    }

    // a node's id is its kind and its name, made here and never taken apart
    private static String id(Kind kind, String name) {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + name;
    }

    private static String node(Map<String, Node> nodes, Kind kind, String name, String label) {
        String id = id(kind, name);
        nodes.putIfAbsent(id, new Node(id, kind, label));
        return id;
    }

    private static void basis(Map<String, Node> nodes, List<Edge> edges, Map<String, Finding> found, List<PredicateValue> basis, String to,
                              String label) {
        for (PredicateValue b : basis) {
            Finding f = found.get(b.predicate());
            String from = node(nodes, Kind.PREDICATE, b.predicate(), b.predicate() + ": " + (f == null ? b.value() : f.value()));
            edges.add(new Edge(from, to, label, false));
        }
    }

    /**
     * The map as a Mermaid flowchart.
     *
     * @return the flowchart's source
     */
    public String toMermaid() {
        StringBuilder b = new StringBuilder("flowchart LR\n");
        Map<String, String> ids = shortIds();
        for (Node n : nodes) {
            String label = n.label().replace("\"", "'");
            b.append("  ").append(ids.get(n.id())).append(switch (n.kind()) {
                case FACT -> "[/\"" + label + "\"/]";
                case PREDICATE -> "{{\"" + label + "\"}}";
                case CONCLUSION -> "[\"" + label + "\"]";
                case OVERRIDDEN -> "[\"" + label + "\"]:::overridden";
                case OUTCOME -> "((\"" + label + "\"))";
            }).append("\n");
        }
        for (Edge e : edges) {
            b.append("  ").append(ids.get(e.from())).append(e.displacement() ? " -.->" : " -->")
                    .append(e.label().isEmpty() ? "" : "|\"" + e.label().replace("\"", "'") + "\"|").append(" ").append(ids.get(e.to())).append("\n");
        }
        return b.append("  classDef overridden stroke-dasharray: 5 5,color:#777\n").toString();
    }

    /**
     * The map as a Graphviz DOT digraph.
     *
     * @return the digraph's source
     */
    public String toDot() {
        StringBuilder b = new StringBuilder("digraph determination {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n"
                + "  edge [fontname=\"Helvetica\", fontsize=8];\n");
        Map<String, String> ids = shortIds();
        for (Node n : nodes) {
            b.append("  ").append(ids.get(n.id())).append(" [label=\"").append(n.label().replace("\"", "'")).append("\", ").append(switch (n.kind()) {
                case FACT -> "shape=parallelogram";
                case PREDICATE -> "shape=hexagon";
                case CONCLUSION -> "shape=box";
                case OVERRIDDEN -> "shape=box, style=dashed, fontcolor=gray40";
                case OUTCOME -> "shape=doublecircle, style=bold";
            }).append("];\n");
        }
        for (Edge e : edges) {
            b.append("  ").append(ids.get(e.from())).append(" -> ").append(ids.get(e.to())).append(" [label=\"")
                    .append(e.label().replace("\"", "'")).append("\"").append(e.displacement() ? ", style=dashed, color=red" : "").append("];\n");
        }
        return b.append("}\n").toString();
    }

    private Map<String, String> shortIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            ids.put(nodes.get(i).id(), "n" + i);
        }
        return ids;
    }
}
