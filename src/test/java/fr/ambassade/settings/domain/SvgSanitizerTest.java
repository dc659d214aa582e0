package fr.ambassade.settings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ambassade.shared.RefusedChange;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SvgSanitizerTest {

    static final String CLEAN = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
              <defs><linearGradient id="g"><stop offset="0" stop-color="#8a1538"/></linearGradient></defs>
              <title>BB</title>
              <rect width="10" height="10" fill="url(#g)"/>
              <use xlink:href="#g"/>
            </svg>""";

    static String sanitize(String svg) {
        return new String(SvgSanitizer.sanitize(svg.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    static void assertRefusedAsScript(String svg) {
        assertThatThrownBy(() -> sanitize(svg))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        e -> assertThat(e.messageKey()).isEqualTo("settings.error.logo.svgScript"));
    }

    @Test
    void acceptsACleanSvgUnchangedInSubstance() {
        String out = sanitize(CLEAN);
        assertThat(out)
                .contains("<rect")
                .contains("url(#g)")
                .contains("href=\"#g\"")
                .contains("<title>BB</title>");
    }

    @Test
    void refusesScriptElements() {
        assertRefusedAsScript("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        assertRefusedAsScript(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><g><script xlink:href=\"x.js\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"/></g></svg>");
    }

    @Test
    void refusesAScriptHiddenInAForeignObject() {
        // removing the foreignObject would make the file harmless, but a script in it says the file was unsafe
        assertRefusedAsScript("""
                <svg xmlns="http://www.w3.org/2000/svg">
                  <foreignObject width="10" height="10">
                    <div xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></div>
                  </foreignObject>
                </svg>""");
        assertRefusedAsScript("""
                <svg xmlns="http://www.w3.org/2000/svg">
                  <foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></body></foreignObject>
                </svg>""");
    }

    @Test
    void refusesEventHandlersAndJavascriptLinks() {
        assertRefusedAsScript("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        assertRefusedAsScript("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect ONCLICK=\"alert(1)\"/></svg>");
        assertRefusedAsScript(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\" javascript:alert(1)\"><rect/></a></svg>");
    }

    @Test
    void removesForeignObjectsExternalReferencesAndLinkRewritingAnimations() {
        String out = sanitize("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
                  <image xlink:href="https://evil.example/track.png"/>
                  <rect fill="url(https://evil.example/x.svg#p)" style="background:url(http://evil.example/a)"/>
                  <a href="#ok"><set attributeName="href" to="https://evil.example"/></a>
                  <style>@import url(https://evil.example/x.css);</style>
                  <!-- a comment -->
                </svg>""");
        assertThat(out)
                .doesNotContain("foreignObject")
                .doesNotContain("evil.example")
                .doesNotContain("<set")
                .doesNotContain("@import")
                .doesNotContain("comment")
                .contains("<image")
                .contains("href=\"#ok\"");
    }

    @Test
    void removesEveryAnimationElementWhateverItTargets() {
        String out = sanitize("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <rect width="10" height="10">
                    <set attributeName="onclick" to="alert(1)"/>
                    <animate attributeName="onmouseover" values="alert(2)"/>
                    <animate attributeName="fill" values="red;blue" dur="1s"/>
                    <animateTransform attributeName="transform" type="rotate" from="0" to="360" dur="1s"/>
                  </rect>
                  <circle r="2"><animateMotion path="M0 0 L10 10" dur="1s"/></circle>
                  <a xlink:href="#ok"><animate attributeName="xlink:href" values="https://evil.example/"/><text>x</text></a>
                  <discard begin="1s"/>
                </svg>""");
        assertThat(out)
                .doesNotContainIgnoringCase("<set")
                .doesNotContainIgnoringCase("<animate")
                .doesNotContainIgnoringCase("animateMotion")
                .doesNotContain("discard")
                .doesNotContain("alert")
                .doesNotContain("evil.example")
                .contains("<rect", "<circle", "href=\"#ok\"");
        // an animation that would set a javascript: link is script: refused
        assertRefusedAsScript("""
                <svg xmlns="http://www.w3.org/2000/svg"><a href="#ok"><set attributeName="href" to="javascript:alert(3)"/></a></svg>""");
    }

    @Test
    void removesStylesHidingUrlsOrImportsBehindCssEscapes() {
        String out = sanitize("""
                <svg xmlns="http://www.w3.org/2000/svg">
                  <style>@\\69mport "https://evil.example/a.css";</style>
                  <style>rect { background: u\\72l(https://evil.example/b) }</style>
                  <style>.ok { fill: #8a1538 }</style>
                  <rect id="r1" style="background:u\\72l(https://evil.example/c)"/>
                  <rect id="r2" style="fill:url( 'https://evil.example/d' )"/>
                  <rect id="r3" style="width:expression(alert(4))"/>
                  <rect id="r4" style="background-image:image-set('https://evil.example/e' 1x)"/>
                  <rect id="r5" fill="u\\72l(https://evil.example/f)"/>
                  <rect id="r6" style="fill:url(data:image/svg+xml;base64,PHN2Zz4=)"/>
                  <rect id="r7" class="ok" style="fill:url(#grad);stroke:#000"/>
                </svg>""");
        assertThat(out)
                .doesNotContain("evil.example")
                .doesNotContain("mport")
                .doesNotContain("\\")
                .doesNotContain("expression")
                .doesNotContain("data:")
                .contains(".ok { fill: #8a1538 }")
                .contains("style=\"fill:url(#grad);stroke:#000\"");
        for (int i = 1; i <= 6; i++) {
            assertThat(out).contains("id=\"r" + i + "\"");
        }
    }

    @Test
    void keepsOnlyLinksToAFragmentOfTheFile() {
        String out = sanitize("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <defs><path id="p" d="M0 0h1"/></defs>
                  <use href="#p"/>
                  <use xlink:href="https://evil.example/sprite.svg#p"/>
                  <use href="sprite.svg#p"/>
                  <image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="/>
                  <a href="//evil.example/"><text>x</text></a>
                </svg>""");
        assertThat(out)
                .doesNotContain("evil.example")
                .doesNotContain("sprite")
                .doesNotContain("data:")
                .contains("href=\"#p\"");
    }

    @Test
    void keepsOnlyKnownElementsAndAttributes() {
        String out = sanitize("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:ev="http://www.w3.org/2001/xml-events"
                     contentScriptType="text/ecmascript" width="10">
                  <iframe src="https://evil.example/"/>
                  <filter id="f"><feImage href="#p"/><feGaussianBlur stdDeviation="1"/></filter>
                  <cursor href="#p"/>
                  <rect width="1" requiredExtensions="https://evil.example/ext" ev:event="click"/>
                </svg>""");
        assertThat(out)
                .doesNotContain("iframe")
                .doesNotContain("feImage")
                .doesNotContain("cursor")
                .doesNotContain("evil.example")
                .doesNotContain("contentScriptType")
                .doesNotContain("ev:event")
                .contains("<feGaussianBlur stdDeviation=\"1\"", "width=\"10\"", "<rect width=\"1\"");
    }

    @Test
    void keepsAnOrdinaryLogoIntact() {
        // a logo as Inkscape saves it: editor namespaces, gradients referencing each other, styles with url(#…)
        String logo = """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
                     xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
                     xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
                     width="240" height="80" viewBox="0 0 240 80" version="1.1" id="svg8"
                     inkscape:version="1.2" sodipodi:docname="ambbassadeurs.svg">
                  <title id="title1">AmBBassadeurs</title>
                  <sodipodi:namedview id="base" pagecolor="#ffffff" inkscape:zoom="2"/>
                  <metadata id="metadata5"><rdf:RDF><dc:title>AmBBassadeurs</dc:title></rdf:RDF></metadata>
                  <defs id="defs2">
                    <linearGradient id="brand" inkscape:collect="always">
                      <stop style="stop-color:#8a1538;stop-opacity:1" offset="0" id="stop1"/>
                      <stop style="stop-color:#c8102e;stop-opacity:1" offset="1" id="stop2"/>
                    </linearGradient>
                    <linearGradient xlink:href="#brand" id="brandDiagonal" x1="0" y1="0" x2="240" y2="80"
                                    gradientUnits="userSpaceOnUse"/>
                    <clipPath id="clip"><rect width="240" height="80" rx="12"/></clipPath>
                    <filter id="shadow" style="color-interpolation-filters:sRGB">
                      <feGaussianBlur in="SourceAlpha" stdDeviation="1.5"/>
                      <feOffset dx="1" dy="1" result="offsetblur"/>
                      <feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge>
                    </filter>
                  </defs>
                  <g inkscape:label="Calque 1" inkscape:groupmode="layer" id="layer1" clip-path="url(#clip)">
                    <rect style="fill:url(#brandDiagonal);fill-opacity:1;stroke:none" width="240" height="80" x="0" y="0" id="bg"/>
                    <path style="fill:#ffffff;fill-rule:evenodd;filter:url(#shadow)"
                          d="M 20,60 C 30,20 50,20 60,60 Z m 10,-10 h 20" id="mark" transform="translate(2,0)"/>
                    <text xml:space="preserve" x="80" y="50" id="wordmark"
                          style="font-weight:bold;font-size:28px;font-family:'Source Sans Pro', sans-serif;fill:#ffffff"><tspan id="t1" x="80" y="50">AmBB</tspan><tspan id="t2" style="font-weight:normal">assadeurs</tspan></text>
                    <use xlink:href="#mark" transform="translate(180,0) scale(0.5)" id="use1"/>
                  </g>
                </svg>""";
        String out = sanitize(logo);
        assertThat(out)
                .contains(
                        "viewBox=\"0 0 240 80\"",
                        "<title id=\"title1\">AmBBassadeurs</title>",
                        "style=\"stop-color:#8a1538;stop-opacity:1\"",
                        "xlink:href=\"#brand\"",
                        "gradientUnits=\"userSpaceOnUse\"",
                        "clip-path=\"url(#clip)\"",
                        "style=\"fill:url(#brandDiagonal);fill-opacity:1;stroke:none\"",
                        "filter:url(#shadow)",
                        "d=\"M 20,60 C 30,20 50,20 60,60 Z m 10,-10 h 20\"",
                        "font-family:'Source Sans Pro', sans-serif",
                        ">AmBB</tspan>",
                        ">assadeurs</tspan>",
                        "<feMergeNode in=\"SourceGraphic\"/>",
                        "xlink:href=\"#mark\"",
                        "xml:space=\"preserve\"");
        for (String element : new String[] {
            "<rect",
            "<path",
            "<text",
            "<tspan",
            "<use",
            "<linearGradient",
            "<stop",
            "<clipPath",
            "<filter",
            "<feGaussianBlur",
            "<feOffset",
            "<feMerge",
            "<g"
        }) {
            assertThat(count(out, element)).as(element).isEqualTo(count(logo, element));
        }
        // only the editor's own data is gone
        assertThat(out)
                .doesNotContain("namedview")
                .doesNotContain("inkscape:label")
                .doesNotContain("rdf:RDF");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            if (i + part.length() >= text.length() || !Character.isLetter(text.charAt(i + part.length()))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void refusesDoctypesAndEntities() {
        assertThatThrownBy(() -> sanitize("""
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>"""))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        e -> assertThat(e.messageKey()).isEqualTo("settings.error.logo.svgInvalid"));
    }

    @Test
    void refusesXmlThatIsNotAnSvg() {
        assertThatThrownBy(() -> sanitize("<html><svg/></html>")).isInstanceOf(RefusedChange.class);
        assertThatThrownBy(() -> sanitize("<svg")).isInstanceOf(RefusedChange.class);
    }
}
