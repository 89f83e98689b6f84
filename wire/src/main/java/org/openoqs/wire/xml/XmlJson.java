package org.openoqs.wire.xml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between an {@link XmlNode} tree and the OQS JSON form (reference §6):
 * {@code {"XmlMsg":{"MessageHeader":{…},"MessageBody":{…}}}}, every value a string [C: S2, S3].
 *
 * <p>Arrays follow {@link XmlMsgShape}: list containers become arrays of single-key objects [C for ResultList], repeated
 * elements plain arrays [I]. Towards JSON, an element occurring more than once under one parent is grouped into one
 * array at the place of its first occurrence; so the XML→JSON→XML round trip gives an equal tree whenever same-named
 * siblings are adjacent (as in every OQS file seen), and otherwise moves later repeats next to the first.
 *
 * <p>From JSON, leniently [I]: numbers and booleans become their text (a number loses nothing representable, but JSON
 * cannot carry leading zeros, so senders must use strings for codes); {@code null} leaves the element out, as OQS omits
 * empty optional elements; any array becomes repeated elements, any object an element with children. A list container
 * given as an object instead of an array is accepted too. Duplicate keys, trailing content and oversized input are
 * errors ({@link JsonFormatException}).
 *
 * <p>Thread-safe.
 */
public final class XmlJson {

    private final XmlMsgShape shape;
    private final XmlLimits limits;
    private final ObjectMapper mapper;

    public XmlJson() {
        this(XmlMsgShape.DEFAULT, XmlLimits.DEFAULTS);
    }

    public XmlJson(XmlMsgShape shape) {
        this(shape, XmlLimits.DEFAULTS);
    }

    public XmlJson(XmlMsgShape shape, XmlLimits limits) {
        this.shape = shape;
        this.limits = limits;
        this.mapper = boundedMapper(limits);
    }

    /** The mapper used for parsing; also handy for writing the result of {@link #toJson(XmlNode)}. */
    public ObjectMapper mapper() { return mapper; }

    // ---- XML -> JSON ----

    public JsonNode toJson(XmlNode root) {
        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
        wrapper.set(root.name(), valueOf(root));
        return wrapper;
    }

    private JsonNode valueOf(XmlNode node) {
        if (shape.isListContainer(node.name())) {
            return listOf(node);
        }
        if (node.isLeaf()) {
            return JsonNodeFactory.instance.textNode(node.text());
        }
        return objectOf(node);
    }

    /** Each child becomes its own single-key object; an empty container (a leaf with empty text) becomes []. */
    private JsonNode listOf(XmlNode container) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        if (container.isLeaf() && !container.text().isBlank()) {
            return JsonNodeFactory.instance.textNode(container.text()); // not a list after all: keep the data
        }
        for (XmlNode child : container.children()) {
            items.addObject().set(child.name(), valueOf(child));
        }
        return items;
    }

    private JsonNode objectOf(XmlNode node) {
        Map<String, List<XmlNode>> byName = new LinkedHashMap<>();
        for (XmlNode child : node.children()) {
            byName.computeIfAbsent(child.name(), k -> new ArrayList<>(1)).add(child);
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        byName.forEach((name, same) -> object.set(name, groupValue(node.name(), name, same)));
        return object;
    }

    private JsonNode groupValue(String parentName, String name, List<XmlNode> same) {
        if (same.size() == 1 && !shape.isRepeated(parentName, name)) {
            return valueOf(same.get(0));
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode(same.size());
        same.forEach(node -> array.add(valueOf(node)));
        return array;
    }

    // ---- JSON -> XML ----

    public XmlNode fromJson(String json) {
        if (json.length() > limits.maxInputBytes()) {
            throw tooLarge();
        }
        try {
            return fromJson(mapper.readTree(json));
        } catch (JsonProcessingException e) {
            throw fromJackson(e);
        }
    }

    public XmlNode fromJson(byte[] json) {
        if (json.length > limits.maxInputBytes()) {
            throw tooLarge();
        }
        try {
            return fromJson(mapper.readTree(json));
        } catch (JsonProcessingException e) {
            throw fromJackson(e);
        } catch (IOException e) {
            throw new JsonFormatException(WireFormatException.UNKNOWN, WireFormatException.UNKNOWN,
                    "cannot read JSON: " + e.getMessage(), e);
        }
    }

    /** The JSON must be an object with exactly one key, the root element's name (normally {@code XmlMsg}). */
    public XmlNode fromJson(JsonNode json) {
        if (json == null || !json.isObject() || json.size() != 1) {
            throw new JsonFormatException("JSON must be an object with exactly one key, the root element, e.g. "
                    + "{\"XmlMsg\":{…}}");
        }
        Map.Entry<String, JsonNode> root = json.fields().next();
        XmlNode node = new Converter().element(root.getKey(), root.getValue());
        if (node == null) {
            throw new JsonFormatException("root element " + root.getKey() + " is null");
        }
        return node;
    }

    /** One conversion: tracks the element path for error messages and counts elements against the limits. */
    private final class Converter {
        private final Deque<String> path = new ArrayDeque<>();
        private int elementCount;

        /** The element for one JSON value, or null when the value is JSON null (element left out). */
        XmlNode element(String name, JsonNode value) {
            if (value.isNull()) {
                return null;
            }
            enter(name);
            try {
                return convert(name, value);
            } finally {
                path.pop();
            }
        }

        private XmlNode convert(String name, JsonNode value) {
            if (value.isObject()) {
                return XmlNode.element(name, childrenOf(value));
            }
            if (value.isArray()) {
                if (!shape.isListContainer(name)) {
                    throw error("an array inside an array is not allowed");
                }
                return XmlNode.element(name, listItems(value));
            }
            return XmlNode.leaf(name, scalarText(value));
        }

        private List<XmlNode> childrenOf(JsonNode object) {
            List<XmlNode> children = new ArrayList<>(object.size());
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                addField(children, field.getKey(), field.getValue());
            }
            return children;
        }

        /** A list container's items: objects whose keys are the item elements. */
        private List<XmlNode> listItems(JsonNode array) {
            List<XmlNode> items = new ArrayList<>(array.size());
            for (JsonNode item : array) {
                if (item.isNull()) {
                    continue;
                }
                if (!item.isObject()) {
                    throw error("list items must be objects like {\"ItemName\":{…}}, found " + item.getNodeType());
                }
                items.addAll(childrenOf(item));
            }
            return items;
        }

        /** A JSON array under a key that is not a list container means the element repeats. */
        private void addField(List<XmlNode> children, String key, JsonNode value) {
            if (value.isArray() && !shape.isListContainer(key)) {
                for (JsonNode item : value) {
                    add(children, element(key, item));
                }
            } else {
                add(children, element(key, value));
            }
        }

        private void add(List<XmlNode> children, XmlNode child) {
            if (child != null) {
                children.add(child);
            }
        }

        private String scalarText(JsonNode value) {
            String text;
            if (value.isTextual()) {
                text = value.textValue();
            } else if (value.isBigDecimal()) {
                text = value.decimalValue().toPlainString();
            } else if (value.isNumber() || value.isBoolean()) {
                text = value.asText();
            } else {
                throw error("unsupported JSON value of type " + value.getNodeType());
            }
            if (text.length() > limits.maxTextLength()) {
                throw error("text is longer than " + limits.maxTextLength() + " characters");
            }
            return text;
        }

        private void enter(String name) {
            path.push(name);
            if (++elementCount > limits.maxElements()) {
                throw error("more than " + limits.maxElements() + " elements");
            }
            if (path.size() > limits.maxDepth()) {
                throw error("elements nested deeper than " + limits.maxDepth() + " levels");
            }
            if (!isElementName(name)) {
                throw error("\"" + name + "\" is not a valid element name");
            }
        }

        private boolean isElementName(String name) {
            try {
                XmlNode.leaf(name, "");
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private JsonFormatException error(String reason) {
            List<String> names = new ArrayList<>(path);
            Collections.reverse(names);
            return new JsonFormatException("at " + String.join("/", names) + ": " + reason);
        }
    }

    // ---- setup and errors ----

    /**
     * Jackson's own read limits stop hostile input while parsing, before any tree exists. Each XML level can be two
     * JSON levels (an array holding objects), plus the wrapper object.
     */
    private static ObjectMapper boundedMapper(XmlLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(2 * limits.maxDepth() + 1)
                        .maxStringLength(Math.max(limits.maxTextLength(), 1024))
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                // 1.50 stays "1.50": a number's text is what the sender wrote, as far as JSON allows
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    private JsonFormatException tooLarge() {
        return new JsonFormatException("input is larger than the limit of " + limits.maxInputBytes() + " bytes");
    }

    private static JsonFormatException fromJackson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? WireFormatException.UNKNOWN : at.getLineNr();
        int column = at == null ? WireFormatException.UNKNOWN : at.getColumnNr();
        return new JsonFormatException(line, column, e.getOriginalMessage(), e);
    }
}
