package fr.ambassade.settings.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Accepts an SVG logo only once it is harmless. Parsed as XML without DTDs or external entities (no XXE);
 * anything scripted — a {@code <script>} element, an {@code on…} event attribute, a {@code javascript:}
 * link — is REFUSED (the director should know the file was unsafe), while passive risks are removed:
 * {@code foreignObject}, embedded frames, animations that rewrite links, links and CSS {@code url()} that
 * point outside the file, processing instructions and comments.
 */
public final class SvgSanitizer {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Set<String> REMOVED_ELEMENTS = Set.of(
            "foreignobject", "iframe", "embed", "object", "handler", "listener", "audio", "video", "canvas");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatemotion", "animatetransform");
    private static final Pattern JAVASCRIPT = Pattern.compile("(?i)^\\s*(java|vb)script:");
    private static final Pattern EXTERNAL_URL = Pattern.compile("(?i)url\\s*\\(\\s*['\"]?\\s*(?!#)");
    private static final Pattern CSS_DANGER = Pattern.compile("(?i)@import|expression\\s*\\(|javascript:|behavior\\s*:");

    private SvgSanitizer() {}

    public static byte[] sanitize(byte[] content) {
        Document doc = parse(content);
        Element root = doc.getDocumentElement();
        if (!"svg".equals(localName(root))) {
            throw new SettingsException("logo", "settings.error.logo.notImage");
        }
        clean(root);
        removeNonElements(doc);
        return serialise(doc);
    }

    private static Document parse(byte[] content) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(content));
        } catch (Exception e) {
            throw new SettingsException("logo", "settings.error.logo.svgInvalid");
        }
    }

    private static void clean(Element element) {
        String name = localName(element);
        if (name.equals("script")) {
            throw new SettingsException("logo", "settings.error.logo.svgScript");
        }
        List<Attr> toRemove = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String attr = localName(a).toLowerCase(Locale.ROOT);
            String value = a.getValue();
            if (attr.startsWith("on")) {
                throw new SettingsException("logo", "settings.error.logo.svgScript");
            }
            if ((attr.equals("href") || attr.equals("src") || attr.equals("action") || attr.equals("formaction"))
                    && JAVASCRIPT.matcher(value).find()) {
                throw new SettingsException("logo", "settings.error.logo.svgScript");
            }
            if (attr.equals("href") || attr.equals("src")) {
                if (!value.strip().startsWith("#")) {
                    toRemove.add(a); // external reference (or data: URI): the logo must be self-contained
                }
            } else if (attr.equals("style") && (CSS_DANGER.matcher(value).find() || EXTERNAL_URL.matcher(value).find())) {
                toRemove.add(a);
            } else if (EXTERNAL_URL.matcher(value).find() || JAVASCRIPT.matcher(value).find()) {
                toRemove.add(a); // fill="url(http://…)" and the like
            }
        }
        toRemove.forEach(element::removeAttributeNode);

        List<Element> children = new ArrayList<>();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child) {
                children.add(child);
            }
        }
        for (Element child : children) {
            String childName = localName(child).toLowerCase(Locale.ROOT);
            boolean foreignNamespace = child.getNamespaceURI() != null && !SVG_NS.equals(child.getNamespaceURI());
            if (REMOVED_ELEMENTS.contains(childName) || foreignNamespace && !childName.equals("script")) {
                element.removeChild(child);
            } else if (ANIMATIONS.contains(childName) && child.getAttribute("attributeName").toLowerCase(Locale.ROOT).matches(".*(href|src).*")) {
                element.removeChild(child);
            } else if (childName.equals("style") && (CSS_DANGER.matcher(child.getTextContent()).find()
                    || EXTERNAL_URL.matcher(child.getTextContent()).find())) {
                element.removeChild(child);
            } else {
                clean(child);
            }
        }
    }

    private static void removeNonElements(Node node) {
        NodeList nodes = node.getChildNodes();
        for (int i = nodes.getLength() - 1; i >= 0; i--) {
            Node n = nodes.item(i);
            if (n.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE || n.getNodeType() == Node.COMMENT_NODE
                    || n.getNodeType() == Node.ENTITY_REFERENCE_NODE) {
                node.removeChild(n);
            } else if (n.hasChildNodes()) {
                removeNonElements(n);
            }
        }
    }

    private static byte[] serialise(Document doc) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new SettingsException("logo", "settings.error.logo.svgInvalid");
        }
    }

    private static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }
}
