package fr.ambassade.settings.domain;

import fr.ambassade.shared.RefusedChange;
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
 * Accepts an SVG logo only once it is harmless. Parsed as XML without DTDs or external entities (no XXE).
 * Anything scripted — a {@code <script>} element in any namespace and at any depth (inside a
 * {@code foreignObject} too), an {@code on…} event attribute, a {@code javascript:} link — is REFUSED (the
 * director should know the file was unsafe). Everything else goes through an allow-list:
 * <ul>
 *   <li>only the drawing elements of SVG are kept ({@link #ELEMENTS}); any other element is removed with its
 *       content: {@code foreignObject}, frames, media, {@code feImage}, editor metadata of other namespaces, and
 *       every animation element ({@code set}, {@code animate}, {@code animateTransform}, {@code animateMotion}…),
 *       which can rewrite any attribute, event attributes and links included;</li>
 *   <li>only presentation and geometry attributes are kept ({@link #ATTRIBUTES});</li>
 *   <li>{@code href} / {@code xlink:href} only to a local {@code #fragment};</li>
 *   <li>a {@code style} attribute or element, or any attribute value, holding a CSS backslash escape (which
 *       hides {@code u\72l(} or {@code @\69mport}), an at-rule ({@code @import}…), {@code expression(},
 *       {@code image-set(}, a {@code javascript:} or {@code data:} reference, or a {@code url(…)} other than a
 *       local {@code url(#id)} is removed whole;</li>
 *   <li>processing instructions and comments are removed.</li>
 * </ul>
 * {@code url(#id)} stays allowed because ordinary logos fill shapes with their own gradients that way
 * ({@code style="fill:url(#gradient)"}, as Inkscape writes them); once escapes are refused, the check is exact.
 */
public final class SvgSanitizer {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

    /** Elements kept (lower case): shapes, text, structure, paint servers, clipping, masking, filters. */
    static final Set<String> ELEMENTS = Set.of(
            "svg",
            "g",
            "defs",
            "symbol",
            "use",
            "a",
            "title",
            "desc",
            "metadata",
            "switch",
            "path",
            "rect",
            "circle",
            "ellipse",
            "line",
            "polyline",
            "polygon",
            "image",
            "text",
            "tspan",
            "textpath",
            "lineargradient",
            "radialgradient",
            "stop",
            "pattern",
            "clippath",
            "mask",
            "marker",
            "style",
            "filter",
            "feblend",
            "fecolormatrix",
            "fecomponenttransfer",
            "fecomposite",
            "feconvolvematrix",
            "fediffuselighting",
            "fedisplacementmap",
            "fedistantlight",
            "fedropshadow",
            "feflood",
            "fefunca",
            "fefuncb",
            "fefuncg",
            "fefuncr",
            "fegaussianblur",
            "femerge",
            "femergenode",
            "femorphology",
            "feoffset",
            "fepointlight",
            "fespecularlighting",
            "fespotlight",
            "fetile",
            "feturbulence");

    /** Attributes kept (lower case, without prefix; {@code xlink:href}, {@code xml:space}, {@code xml:lang} too). */
    static final Set<String> ATTRIBUTES = Set.of(
            "id",
            "class",
            "style",
            "transform",
            "viewbox",
            "preserveaspectratio",
            "version",
            "baseprofile",
            "width",
            "height",
            "x",
            "y",
            "x1",
            "x2",
            "y1",
            "y2",
            "cx",
            "cy",
            "r",
            "rx",
            "ry",
            "fx",
            "fy",
            "fr",
            "d",
            "points",
            "pathlength",
            "offset",
            "href",
            "space",
            "lang",
            "role",
            "aria-label",
            "aria-labelledby",
            "aria-describedby",
            "aria-hidden",
            "focusable",
            "data-name",
            "gradientunits",
            "gradienttransform",
            "spreadmethod",
            "patternunits",
            "patterncontentunits",
            "patterntransform",
            "clippathunits",
            "maskunits",
            "maskcontentunits",
            "markerunits",
            "markerwidth",
            "markerheight",
            "refx",
            "refy",
            "orient",
            "filterunits",
            "primitiveunits",
            "in",
            "in2",
            "result",
            "stddeviation",
            "dx",
            "dy",
            "mode",
            "operator",
            "k1",
            "k2",
            "k3",
            "k4",
            "values",
            "type",
            "tablevalues",
            "slope",
            "intercept",
            "amplitude",
            "exponent",
            "basefrequency",
            "numoctaves",
            "seed",
            "stitchtiles",
            "scale",
            "xchannelselector",
            "ychannelselector",
            "kernelmatrix",
            "order",
            "divisor",
            "bias",
            "targetx",
            "targety",
            "edgemode",
            "preservealpha",
            "surfacescale",
            "specularconstant",
            "specularexponent",
            "diffuseconstant",
            "azimuth",
            "elevation",
            "pointsatx",
            "pointsaty",
            "pointsatz",
            "limitingconeangle",
            "z",
            "radius",
            "textlength",
            "lengthadjust",
            "startoffset",
            "method",
            "spacing",
            "rotate",
            "media",
            "fill",
            "fill-opacity",
            "fill-rule",
            "stroke",
            "stroke-width",
            "stroke-opacity",
            "stroke-linecap",
            "stroke-linejoin",
            "stroke-miterlimit",
            "stroke-dasharray",
            "stroke-dashoffset",
            "opacity",
            "color",
            "clip-path",
            "clip-rule",
            "mask",
            "filter",
            "marker-start",
            "marker-mid",
            "marker-end",
            "display",
            "visibility",
            "overflow",
            "stop-color",
            "stop-opacity",
            "flood-color",
            "flood-opacity",
            "lighting-color",
            "font-family",
            "font-size",
            "font-weight",
            "font-style",
            "font-variant",
            "font-stretch",
            "text-anchor",
            "dominant-baseline",
            "alignment-baseline",
            "baseline-shift",
            "letter-spacing",
            "word-spacing",
            "text-decoration",
            "writing-mode",
            "direction",
            "unicode-bidi",
            "color-interpolation",
            "color-interpolation-filters",
            "shape-rendering",
            "text-rendering",
            "image-rendering",
            "paint-order",
            "vector-effect",
            "mix-blend-mode",
            "isolation",
            "enable-background");

    /** Attributes whose value is plain text, never read as CSS. */
    private static final Set<String> PLAIN_TEXT_ATTRIBUTES = Set.of(
            "id",
            "class",
            "role",
            "aria-label",
            "aria-labelledby",
            "aria-describedby",
            "aria-hidden",
            "data-name",
            "lang",
            "space",
            "version");

    private static final Pattern JAVASCRIPT = Pattern.compile("(?i)^\\s*(java|vb)script:");
    private static final Pattern LOCAL_FRAGMENT = Pattern.compile("#[A-Za-z_][\\w.:-]*");
    /** {@code url(…)} whose target is not a local {@code #id}. */
    private static final Pattern NON_LOCAL_URL =
            Pattern.compile("(?i)url\\s*\\((?!\\s*(['\"]?)#[A-Za-z_][\\w.:-]*\\1\\s*\\))");
    /** What CSS may use to load, run or hide something: escapes, at-rules, expressions, schemes. */
    private static final Pattern CSS_DANGER =
            Pattern.compile("(?i)\\\\|@|expression|image-set|behavior|-moz-binding|javascript:|vbscript:|data:");

    private SvgSanitizer() {}

    public static byte[] sanitize(byte[] content) {
        Document doc = parse(content);
        Element root = doc.getDocumentElement();
        if (!"svg".equals(localName(root)) || !inSvgNamespace(root)) {
            throw new RefusedChange("logo", "settings.error.logo.notImage");
        }
        refuseScripts(root);
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
            throw new RefusedChange("logo", "settings.error.logo.svgInvalid");
        }
    }

    /** Refuses the file when anything in it, kept or not, is script. */
    private static void refuseScripts(Element element) {
        if (localName(element).equalsIgnoreCase("script")) {
            throw new RefusedChange("logo", "settings.error.logo.svgScript");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String name = localName(a).toLowerCase(Locale.ROOT);
            if (name.startsWith("on") || JAVASCRIPT.matcher(a.getValue()).find()) {
                throw new RefusedChange("logo", "settings.error.logo.svgScript");
            }
        }
        for (Element child : childElements(element)) {
            refuseScripts(child);
        }
    }

    private static void clean(Element element) {
        List<Attr> toRemove = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (!keep(a)) {
                toRemove.add(a);
            }
        }
        toRemove.forEach(element::removeAttributeNode);
        for (Element child : childElements(element)) {
            String name = localName(child).toLowerCase(Locale.ROOT);
            if (!inSvgNamespace(child)
                    || !ELEMENTS.contains(name)
                    || name.equals("style") && !safeCss(child.getTextContent())) {
                element.removeChild(child);
            } else {
                clean(child);
            }
        }
    }

    private static boolean keep(Attr a) {
        String ns = a.getNamespaceURI();
        String name = localName(a).toLowerCase(Locale.ROOT);
        String value = a.getValue();
        if (XMLNS_NS.equals(ns) || a.getName().equals("xmlns") || a.getName().startsWith("xmlns:")) {
            return true; // namespace declarations
        }
        boolean allowedNamespace = ns == null
                || XLINK_NS.equals(ns) && name.equals("href")
                || XML_NS.equals(ns) && (name.equals("space") || name.equals("lang"));
        if (!allowedNamespace || !ATTRIBUTES.contains(name)) {
            return false;
        }
        if (name.equals("href")) {
            return LOCAL_FRAGMENT.matcher(value.strip()).matches();
        }
        // names and labels are plain text; every other attribute is read as CSS (presentation attributes)
        return PLAIN_TEXT_ATTRIBUTES.contains(name) || safeCss(value);
    }

    /** A value (CSS or any attribute) that loads nothing from outside, runs nothing and hides nothing. */
    static boolean safeCss(String value) {
        return !CSS_DANGER.matcher(value).find()
                && !NON_LOCAL_URL.matcher(value).find();
    }

    private static List<Element> childElements(Element element) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }

    private static boolean inSvgNamespace(Element e) {
        return e.getNamespaceURI() == null || SVG_NS.equals(e.getNamespaceURI());
    }

    private static void removeNonElements(Node node) {
        NodeList nodes = node.getChildNodes();
        for (int i = nodes.getLength() - 1; i >= 0; i--) {
            Node n = nodes.item(i);
            if (n.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE
                    || n.getNodeType() == Node.COMMENT_NODE
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
            throw new RefusedChange("logo", "settings.error.logo.svgInvalid");
        }
    }

    private static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }
}
