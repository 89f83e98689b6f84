package org.openoqs.terminal.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.openoqs.wire.xml.XmlNode;

/**
 * Name-based look-ups in medical-information results, whose layout is only partly known (reference §2.7 lists names,
 * not a schema): elements are found by name wherever they sit, never by position.
 */
final class XmlSearch {

    private XmlSearch() {
    }

    /** Every element under {@code root} (not {@code root} itself) whose name matches, in document order. */
    static List<XmlNode> descendants(XmlNode root, Predicate<String> name) {
        List<XmlNode> found = new ArrayList<>();
        collect(root, name, found, false);
        return found;
    }

    /**
     * Like {@link #descendants} but does not look inside a match, so nested look-alikes (a DrugInf inside a DrugInf) are
     * not counted twice.
     */
    static List<XmlNode> outermost(XmlNode root, Predicate<String> name) {
        List<XmlNode> found = new ArrayList<>();
        collect(root, name, found, true);
        return found;
    }

    /** The trimmed text of the first leaf child whose name matches one of {@code names}, in that order of preference. */
    static String text(XmlNode node, String... names) {
        for (String name : names) {
            String value = node.childTextTrimmed(name);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    /** The trimmed text of the first leaf child whose name ends with {@code suffix}. */
    static String textEndingWith(XmlNode node, String suffix) {
        for (XmlNode child : node.children()) {
            if (child.isLeaf() && child.name().endsWith(suffix) && !child.text().isBlank()) {
                return child.text().strip();
            }
        }
        return null;
    }

    private static void collect(XmlNode node, Predicate<String> name, List<XmlNode> found, boolean stopAtMatch) {
        for (XmlNode child : node.children()) {
            if (name.test(child.name())) {
                found.add(child);
                if (stopAtMatch) {
                    continue;
                }
            }
            collect(child, name, found, stopAtMatch);
        }
    }
}
