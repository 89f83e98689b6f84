package org.openoqs.wire.xml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable XML element as OQS uses it: a name and either text (a leaf) or child elements. OQS files carry no
 * attributes, no namespaces and no mixed content, so none are modelled.
 *
 * <p>Facts this rests on: every value is a string and leading zeros/space padding must survive ({@code 01},
 * {@code 030}, {@code "  131011"}) [C]; element order is not significant and unknown elements occur [C]/[I], so lookups
 * are by name, never by position; empty optional elements are left out rather than written empty [I], which is why
 * {@link Builder#add(String, String)} skips null and empty values.
 *
 * <p>A leaf has non-null {@link #text()} (possibly empty) and no children; an element with children has
 * {@code text() == null}. An element built with no children is the same as a leaf with empty text, just as
 * {@code <Name/>} and {@code <Name></Name>} are the same XML; this keeps trees equal across XML and JSON round trips.
 */
public final class XmlNode {

    private final String name;
    private final String text;
    private final List<XmlNode> children;

    private XmlNode(String name, String text, List<XmlNode> children) {
        this.name = checkName(name);
        this.text = text;
        this.children = children;
    }

    /** An element with the given children; null children are skipped so optional blocks can be passed directly. */
    public static XmlNode element(String name, XmlNode... children) {
        return element(name, Arrays.asList(children));
    }

    /**
     * An element with the given children; null children are skipped so optional blocks can be passed directly. With no
     * children left, the result is {@code leaf(name, "")}.
     */
    public static XmlNode element(String name, List<XmlNode> children) {
        List<XmlNode> kept = new ArrayList<>(children.size());
        for (XmlNode child : children) {
            if (child != null) {
                kept.add(child);
            }
        }
        return kept.isEmpty() ? leaf(name, "") : new XmlNode(name, null, List.copyOf(kept));
    }

    /** A leaf element holding {@code text} exactly as given (no trimming, no number conversion). */
    public static XmlNode leaf(String name, String text) {
        return new XmlNode(name, Objects.requireNonNull(text, "text"), List.of());
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() { return name; }

    /** The raw text of a leaf; null for an element built from children. */
    public String text() { return text; }

    public List<XmlNode> children() { return children; }

    public boolean isLeaf() { return text != null; }

    /** The first child with this name. */
    public Optional<XmlNode> child(String childName) {
        for (XmlNode child : children) {
            if (child.name.equals(childName)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** All children with this name, in document order. */
    public List<XmlNode> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The raw text of the first child with this name; null when absent or when that child has children. */
    public String childText(String childName) {
        return child(childName).map(XmlNode::text).orElse(null);
    }

    /**
     * Like {@link #childText(String)} but with surrounding whitespace stripped, e.g. for comparing a space-padded
     * {@code InsurerNumber}. Kept separate because the raw padding is significant on the wire.
     */
    public String childTextTrimmed(String childName) {
        String raw = childText(childName);
        return raw == null ? null : raw.strip();
    }

    /**
     * Follows child names separated by {@code /}, relative to this node, taking the first match at each step, e.g.
     * {@code root.path("MessageBody/QualificationConfirmSearchInfo")}.
     */
    public Optional<XmlNode> path(String slashSeparated) {
        Optional<XmlNode> current = Optional.of(this);
        for (String step : slashSeparated.split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            current = current.flatMap(node -> node.child(step));
        }
        return current;
    }

    /** The raw text at {@link #path(String)}; null when absent or not a leaf. */
    public String pathText(String slashSeparated) {
        return path(slashSeparated).map(XmlNode::text).orElse(null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof XmlNode other && name.equals(other.name) && Objects.equals(text, other.text)
                && children.equals(other.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, text, children);
    }

    /** A compact XML rendering (no declaration, no indentation), meant for logs and test failures. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        appendCompact(out);
        return out.toString();
    }

    private void appendCompact(StringBuilder out) {
        out.append('<').append(name).append('>');
        if (text != null) {
            XmlEscaper.appendText(out, text);
        }
        for (XmlNode child : children) {
            child.appendCompact(out);
        }
        out.append("</").append(name).append('>');
    }

    /**
     * The ASCII characters an element name must not hold: control characters, space and XML/markup punctuation. A
     * table, because every node of every message is checked (a 一括照会 answer of 10,000 records has ~600,000).
     */
    private static final boolean[] NOT_IN_NAMES = new boolean[128];

    static {
        for (char c = 0; c <= ' '; c++) NOT_IN_NAMES[c] = true;
        for (char c : "<>&\"'/=?!;,()[]{}`\\".toCharArray()) NOT_IN_NAMES[c] = true;
    }

    /**
     * Rejects names that could not be written as an XML element name. Deliberately looser than the XML Name
     * production (any non-ASCII character but a lone surrogate passes), only strict enough to rule out markup
     * injection and output no encoding can carry.
     */
    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("element name is empty");
        }
        char first = name.charAt(0);
        if (Character.isDigit(first) || first == '-' || first == '.') {
            throw new IllegalArgumentException("element name must not start with '" + first + "': " + name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean invalid;
            if (c < NOT_IN_NAMES.length) {
                invalid = NOT_IN_NAMES[c];
            } else if (Character.isSurrogate(c)) {
                invalid = !XmlEscaper.isSurrogatePairAt(name, i);
                i++; // past the pair's low half (or past a lone one, which throws anyway)
            } else {
                invalid = false;
            }
            if (invalid) {
                throw new IllegalArgumentException("not a valid element name: \"" + name + "\"");
            }
        }
        return name;
    }

    /** Collects children in order; skips what OQS leaves out (null or empty values, null blocks). */
    public static final class Builder {
        private final String name;
        private final List<XmlNode> children = new ArrayList<>();

        private Builder(String name) {
            this.name = checkName(name);
        }

        /** Adds a leaf unless {@code value} is null or empty: OQS omits empty optional elements. */
        public Builder add(String childName, String value) {
            if (value != null && !value.isEmpty()) {
                children.add(leaf(childName, value));
            }
            return this;
        }

        /** Adds a child unless it is null. */
        public Builder add(XmlNode child) {
            if (child != null) {
                children.add(child);
            }
            return this;
        }

        /** The element; with no children added, a leaf with empty text (see the class comment). */
        public XmlNode build() {
            return element(name, children);
        }
    }
}
