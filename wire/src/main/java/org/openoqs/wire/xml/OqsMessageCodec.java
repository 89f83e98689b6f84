package org.openoqs.wire.xml;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads and writes typed OQS messages (the records of {@code org.openoqs.wire.qualification} and friends) as
 * {@code XmlMsg} files. The typed record goes through its JSON tree, so XML and JSON share one set of names and one
 * binding: {@code record ⇄ JSON tree ⇄ XmlNode ⇄ bytes}. Parsing is the hardened {@link XmlMsgReader}; binding is
 * tolerant (unknown elements ignored, a single element accepted where a list is expected and vice versa).
 */
public final class OqsMessageCodec {
    public static final String ROOT = "XmlMsg";

    private final XmlMsgReader reader;
    private final XmlMsgWriter writer = new XmlMsgWriter();
    private final XmlJson xmlJson;
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
            // <MessageBody/> and <MessageBody></MessageBody> are the same XML: an empty element is an absent block.
            .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .build();

    public OqsMessageCodec() {
        this(XmlLimits.DEFAULTS, XmlMsgShape.DEFAULT);
    }

    public OqsMessageCodec(XmlLimits limits, XmlMsgShape shape) {
        this.reader = new XmlMsgReader(limits);
        this.xmlJson = new XmlJson(shape, limits);
    }

    /** The message inside an {@code XmlMsg} file, bound to {@code type}. */
    public <T> T readXml(byte[] bytes, Class<T> type) {
        return bind(readTree(bytes), type);
    }

    /** The parsed tree of an {@code XmlMsg} file, for callers that dispatch on its content first. */
    public XmlNode readTree(byte[] bytes) {
        XmlNode root = reader.read(bytes).root();
        if (!ROOT.equals(root.name())) {
            throw new XmlFormatException(-1, -1, "root element must be " + ROOT + ", found " + root.name());
        }
        return root;
    }

    public <T> T bind(XmlNode root, Class<T> type) {
        JsonNode message = xmlJson.toJson(root).get(ROOT);
        try {
            return mapper.treeToValue(message, type);
        } catch (MismatchedInputException e) {
            throw new XmlFormatException(-1, -1, "element " + path(e) + " has the wrong shape: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new XmlFormatException(-1, -1, "cannot read message: " + e.getMessage());
        }
    }

    /** The message as an {@code XmlMsg} file in {@code encoding}. */
    public byte[] writeXml(Object message, ResultEncoding encoding) {
        return writer.write(toTree(message), encoding);
    }

    public XmlNode toTree(Object message) {
        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
        wrapper.set(ROOT, mapper.valueToTree(message));
        return xmlJson.fromJson(wrapper);
    }

    private static String path(MismatchedInputException e) {
        StringBuilder out = new StringBuilder(ROOT);
        e.getPath().forEach(ref -> {
            if (ref.getFieldName() != null) out.append('/').append(ref.getFieldName());
        });
        return out.toString();
    }
}
